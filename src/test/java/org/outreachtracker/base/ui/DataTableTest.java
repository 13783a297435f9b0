package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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
    void linksAndActionsStayInTheOneHtmlComponentWithTheirNamesEscaped() {
        var table = DataTable.of(
                "Reactions",
                List.of("Point", "Agreed", "Raised"),
                List.of(List.of(
                        "1. <Point>",
                        new DataTable.Link("4", "meetings?point=1&reaction=AGREED", "Point \"1\" <agreed>"),
                        new DataTable.Action("7", "List the 7 <meetings>", () -> {}))));

        assertThat(table).isInstanceOf(Html.class);
        String html = ((Html) table).getInnerHtml();
        assertThat(html)
                .contains("<a href=\"meetings?point=1&amp;reaction=AGREED\" aria-label=\"Point &quot;1&quot;"
                        + " &lt;agreed&gt;\">4</a>")
                .contains("<button type=\"button\" class=\"table-action\" data-action=\"0\""
                        + " aria-label=\"List the 7 &lt;meetings&gt;\">7</button>")
                .doesNotContain("<agreed>", "<meetings>");
    }

    @Test
    void aClickRunsTheActionOfThePressedButtonAndIgnoresAnyOtherValue() {
        List<String> ran = new ArrayList<>();
        var table = DataTable.of(
                "Objections",
                List.of("Objection", "Africa", "Asia"),
                List.of(List.of(
                        "Protectionism",
                        new DataTable.Action("2", "Africa", () -> ran.add("Africa")),
                        new DataTable.Action("5", "Asia", () -> ran.add("Asia")))));

        click(table, JsonNodeFactory.instance.stringNode("1"));
        click(table, JsonNodeFactory.instance.stringNode("9"));
        click(table, JsonNodeFactory.instance.stringNode("constructor"));
        click(table, JsonNodeFactory.instance.nullNode());
        click(table, JsonNodeFactory.instance.numberNode(0));

        assertThat(ran).containsExactly("Asia");
    }

    private static void click(Component table, JsonNode pressed) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set(DataTable.ACTION_DATA, pressed);
        table.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(table.getElement(), "click", data));
    }

    @Test
    void aTableWithComponentsShowsItsLinksAndActionsAsComponentsToo() {
        List<String> ran = new ArrayList<>();
        var table = DataTable.of(
                "Reactions",
                List.of("Point", "Agreed", "Raised", "Noted"),
                List.of(List.of(
                        "1. Point",
                        new Anchor("meetings?point=1", "4"),
                        new DataTable.Link("6", "meetings?point=1", "Raised"),
                        new DataTable.Action("2", "Noted: list them", () -> ran.add("noted")))));

        assertThat(table).isInstanceOf(NativeTable.class);
        assertThat(descendants(table).filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .containsExactly("meetings?point=1", "meetings?point=1");
        Button action = (Button)
                descendants(table).filter(Button.class::isInstance).findFirst().orElseThrow();
        assertThat(action.getAriaLabel()).contains("Noted: list them");
        action.click();
        assertThat(ran).containsExactly("noted");
    }

    private static Stream<Component> descendants(Component component) {
        return component.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
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
