package org.outreachtracker.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The progress chart's drawing: a stepped line per series, named at its end, and the deadline marked. */
class LineChartSvgTest {

    static final LocalDate FIRST = LocalDate.of(2026, 3, 1);

    @Test
    void eachSeriesIsALineNamedWithItsLastValueAtItsEnd() {
        Document svg = draw(FIRST.plusDays(10), FIRST.plusDays(10));

        assertThat(svg.select("polyline.chart-line")).hasSize(2);
        assertThat(svg.select("polyline.chart-line-reached").attr("points"))
                .as("a step: flat to the next day, then up")
                .startsWith("40.0,200.0 73.0,200.0 73.0,166.0");
        assertThat(svg.select("text").eachText()).contains("Reached 3", "Reported <1> 1", "10 target countries");
    }

    @Test
    void theDeadlineIsMarkedAndTheAxisRunsToItWhenItIsStillAhead() {
        Document svg = draw(FIRST.plusDays(20), FIRST.plusDays(20));

        assertThat(svg.select("line.chart-deadline")).hasSize(1);
        assertThat(svg.select("line.chart-deadline").attr("x1")).isEqualTo("370.0");
        assertThat(svg.select("text").eachText()).contains("Report by 21 Mar", "1 Mar", "21 Mar");
    }

    @Test
    void noDeadlineNoMark() {
        Document svg = draw(FIRST.plusDays(10), null);

        assertThat(svg.select("line.chart-deadline")).isEmpty();
    }

    private static Document draw(LocalDate axisEnd, LocalDate deadline) {
        String drawing = LineChartSvg.cumulative(
                FIRST,
                axisEnd,
                List.of(
                        new LineChartSvg.Series("Reached", "chart-line-reached", List.of(0L, 2L, 2L, 3L)),
                        new LineChartSvg.Series("Reported <1>", "chart-line-reported", List.of(0L, 0L, 1L, 1L))),
                10,
                "10 target countries",
                deadline,
                "Progress & more");
        return Jsoup.parse(drawing, Parser.xmlParser());
    }
}
