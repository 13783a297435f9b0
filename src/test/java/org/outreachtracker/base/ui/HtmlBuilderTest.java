package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * HTML built from constant tags and untrusted text: every text and attribute value arrives as
 * text, whatever it holds, and nothing else changes.
 */
class HtmlBuilderTest {

    private static final String HOSTILE = "<b>Côte & \"Co\"</b>' onclick='x";

    @Test
    void textAndAttributeValuesAreShownAsTheyAreAndNeverBecomeMarkup() {
        String html = new HtmlBuilder()
                .open("div", "class", "card")
                .element("a", HOSTILE, "href", "list?q=" + HOSTILE, "title", HOSTILE)
                .close("div")
                .toString();

        Element link = Jsoup.parseBodyFragment(html).selectFirst("div.card > a");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo(HOSTILE);
        assertThat(link.attr("href")).isEqualTo("list?q=" + HOSTILE);
        assertThat(link.attr("title")).isEqualTo(HOSTILE);
        assertThat(link.attributes().size()).as("no attribute smuggled in").isEqualTo(2);
        assertThat(Jsoup.parseBodyFragment(html).select("b")).isEmpty();
    }

    @Test
    void namesInArabicAndChineseStayAsTheyAre() {
        assertThat(new HtmlBuilder().element("li", "وزارة الخارجية 外交部").toString())
                .isEqualTo("<li>وزارة الخارجية 外交部</li>");
    }

    @Test
    void anAttributeWithoutValueIsLeftOut() {
        assertThat(new HtmlBuilder()
                        .element("th", "Kenya", "scope", null, "class", "row-name")
                        .toString())
                .isEqualTo("<th class=\"row-name\">Kenya</th>");
    }

    @Test
    void attributesMustComeInPairs() {
        assertThatThrownBy(() -> new HtmlBuilder().open("a", "href"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs");
    }

    @Test
    void aSingleElementBecomesOneComponent() {
        var html = new HtmlBuilder().open("p").text("a & b").close("p").toHtml();

        assertThat(html.getElement().getTag()).isEqualTo("p");
        assertThat(html.getInnerHtml()).isEqualTo("a &amp; b");
    }
}
