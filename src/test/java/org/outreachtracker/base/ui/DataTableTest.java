package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataTableTest {

    @Test
    void aTableOfTextIsOneHtmlComponentWithEveryTextEscaped() {
        var table = DataTable.of(
                "Responses <b>",
                List.of("Response", "Meetings"),
                List.of(List.of("<script>alert(1)</script>", 3), List.of("Tom & Jerry's \"desk\"", 0)));

        assertThat(table).isInstanceOf(Html.class);
        String html = ((Html) table).getInnerHtml();
        assertThat(html)
                .contains("<caption>Responses &lt;b&gt;</caption>")
                .contains("<th scope=\"col\">Response</th><th scope=\"col\">Meetings</th>")
                .contains("<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th><td>3</td>")
                .contains("<th scope=\"row\">Tom &amp; Jerry's \"desk\"</th><td>0</td>")
                .doesNotContain("<script>", "<b>");
        assertThat(table.getElement().getClassList()).contains("data-table");
    }

    @Test
    void aTableWithLinksIsBuiltFromComponents() {
        var link = new Anchor("meetings?point=1", "4");
        var table = DataTable.of("Reactions", List.of("Point", "Agreed"), List.of(List.of("1. <Point>", link)));

        assertThat(table).isInstanceOf(NativeTable.class);
        assertThat(link.getParent()).isPresent();
        assertThat(table.getElement().getTextRecursively()).contains("1. <Point>", "4");
    }
}
