package org.outreachtracker.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class BarChartSvgTest {

    @Test
    void barsCarryTheirLabelsAndValuesAsEscapedText() throws Exception {
        String svg = BarChartSvg.horizontal(List.of(
                new BarChartSvg.Bar("Supportive <b>", 30, "30 (60%)", "#2c7bb6"),
                new BarChartSvg.Bar("Rejected", 20, "20 (40%)", "#d7191c")), 0, "Responses & more");

        Document document = CoverageMapSvgTest.parse(svg);
        assertThat(document.getDocumentElement().getAttribute("aria-label")).isEqualTo("Responses & more");
        assertThat(document.getDocumentElement().getTextContent()).contains("Supportive <b>", "30 (60%)", "20 (40%)");
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(((org.w3c.dom.Element) document.getElementsByTagName("rect").item(0)).getAttribute("width"))
                .isEqualTo("300.0");
        assertThat(((org.w3c.dom.Element) document.getElementsByTagName("rect").item(1)).getAttribute("width"))
                .isEqualTo("200.0");
    }

    @Test
    void columnsOfAnEmptyOrFlatSeriesAreStillWellFormed() throws Exception {
        Document empty = CoverageMapSvgTest.parse(BarChartSvg.columns(List.of(), 1, "Nothing"));
        Document zeros = CoverageMapSvgTest.parse(BarChartSvg.columns(List.of(
                new BarChartSvg.Bar("1 Jan", 0, "0", "#2c7bb6")), 1, "Zeros"));

        assertThat(empty.getElementsByTagName("rect").getLength()).isZero();
        assertThat(zeros.getElementsByTagName("rect").getLength()).isEqualTo(1);
    }
}
