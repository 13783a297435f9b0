package org.outreachtracker.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartSvgTest {

    @Test
    void barsCarryTheirLabelsAndValuesAsEscapedText() throws Exception {
        String svg = BarChartSvg.horizontal(
                List.of(
                        new BarChartSvg.Bar("Supportive <b>", 30, "30 (60%)", "ot-fill-supportive"),
                        new BarChartSvg.Bar("Rejected", 20, "20 (40%)", "ot-fill-rejected")),
                0,
                "Responses & more");

        Document document = CoverageMapSvgTest.parse(svg);
        assertThat(document.getDocumentElement().getAttribute("aria-label")).isEqualTo("Responses & more");
        assertThat(document.getDocumentElement().getTextContent()).contains("Supportive <b>", "30 (60%)", "20 (40%)");
        NodeList rects = document.getElementsByTagName("rect");
        assertThat(rects.getLength()).isEqualTo(2);
        Element longest = (Element) rects.item(0);
        Element shorter = (Element) rects.item(1);
        assertThat(Double.parseDouble(shorter.getAttribute("width"))
                        / Double.parseDouble(longest.getAttribute("width")))
                .isCloseTo(20.0 / 30, org.assertj.core.api.Assertions.within(0.001));
        assertThat(longest.getAttribute("class"))
                .as("coloured from the palette")
                .contains("ot-fill-supportive");
    }

    @Test
    void columnsOfAnEmptyOrFlatSeriesAreStillWellFormed() throws Exception {
        Document empty = CoverageMapSvgTest.parse(BarChartSvg.columns(List.of(), 1, "Nothing"));
        Document zeros = CoverageMapSvgTest.parse(
                BarChartSvg.columns(List.of(new BarChartSvg.Bar("1 Jan", 0, "0", "ot-fill-bar")), 1, "Zeros"));

        assertThat(columns(empty)).isEmpty();
        assertThat(columns(zeros)).hasSize(1);
    }

    @Test
    void theTallestColumnsValueHasRoomAboveIt() throws Exception {
        Document chart = CoverageMapSvgTest.parse(BarChartSvg.columns(
                List.of(
                        new BarChartSvg.Bar("7 Sep", 16, "16", "ot-fill-bar"),
                        new BarChartSvg.Bar("14 Sep", 45, "45", "ot-fill-bar"),
                        new BarChartSvg.Bar("21 Sep", 30, "30", "ot-fill-bar")),
                1,
                "Meetings per week"));

        Element top = texts(chart).stream()
                .filter(text -> text.getTextContent().equals("45") && "middle".equals(text.getAttribute("text-anchor")))
                .findFirst()
                .orElseThrow();
        // The value's baseline: a 13 px label needs about 10 px above it to be whole.
        assertThat(Double.parseDouble(top.getAttribute("y")))
                .as("baseline of the tallest column's value")
                .isGreaterThanOrEqualTo(13);
    }

    @Test
    void chartsAreDrawnAtTheirOwnSizeHoweverLongTheSeries() throws Exception {
        List<BarChartSvg.Bar> year = new ArrayList<>();
        for (int week = 0; week < 52; week++) {
            year.add(new BarChartSvg.Bar("W" + week, week % 7, String.valueOf(week % 7), "ot-fill-bar"));
        }
        Document columns = CoverageMapSvgTest.parse(BarChartSvg.columns(year, 1, "A year"));
        Document bars = CoverageMapSvgTest.parse(BarChartSvg.horizontal(
                List.of(new BarChartSvg.Bar("Africa", 60, "29 of 48 (60%)", "ot-fill-bar")), 100, "Reach"));

        for (Document chart : List.of(columns, bars)) {
            Element svg = chart.getDocumentElement();
            String[] box = svg.getAttribute("viewBox").split(" ");
            assertThat(svg.getAttribute("width")).as("one unit, one pixel").isEqualTo(box[2]);
            assertThat(svg.getAttribute("height")).isEqualTo(box[3]);
            assertThat(Integer.parseInt(box[2])).isLessThanOrEqualTo(BarChartSvg.WIDTH);
        }
        // Labels are spaced so that they do not overlap: at most one per 55 units.
        List<Double> labelled = texts(columns).stream()
                .filter(text -> text.getTextContent().startsWith("W"))
                .map(text -> Double.parseDouble(text.getAttribute("x")))
                .toList();
        assertThat(labelled).hasSizeGreaterThan(2);
        for (int i = 1; i < labelled.size(); i++) {
            assertThat(labelled.get(i) - labelled.get(i - 1)).isGreaterThanOrEqualTo(25);
        }
    }

    @Test
    void aWeekNotOverYetIsHatchedAndSaysSo() throws Exception {
        List<BarChartSvg.Bar> weeks = new ArrayList<>();
        for (int day = 5; day <= 26; day += 7) {
            weeks.add(new BarChartSvg.Bar(day + " Oct", 30, "30", "ot-fill-bar"));
        }
        weeks.add(new BarChartSvg.Bar("2 Nov", 4, "4", "ot-fill-bar", true));
        Document chart = CoverageMapSvgTest.parse(BarChartSvg.columns(weeks, 1, "Meetings per week"));

        List<Element> columns = columns(chart);
        assertThat(columns.getFirst().getAttribute("class")).isEqualTo("ot-fill-bar");
        assertThat(columns.getFirst().hasAttribute("fill")).isFalse();
        assertThat(columns.getLast().getAttribute("fill")).isEqualTo("url(#" + BarChartSvg.PARTIAL_PATTERN + ")");
        assertThat(columns.getLast().getTextContent()).contains("this week so far");
        assertThat(texts(chart))
                .extracting(Element::getTextContent)
                .contains("this week so far", "5 Oct")
                .doesNotContain("2 Nov");
    }

    /** The columns: rects with a title (the pattern's rects have none). */
    private static List<Element> columns(Document chart) {
        List<Element> result = new ArrayList<>();
        NodeList rects = chart.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getElementsByTagName("title").getLength() > 0) {
                result.add(rect);
            }
        }
        return result;
    }

    private static List<Element> texts(Document chart) {
        List<Element> result = new ArrayList<>();
        NodeList texts = chart.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            result.add((Element) texts.item(i));
        }
        return result;
    }
}
