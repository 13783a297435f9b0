package org.outreachtracker.coverage.ui;

import static org.outreachtracker.base.ui.HtmlBuilder.escape;

import java.util.List;
import org.outreachtracker.base.ui.Translations;

/**
 * Small bar charts drawn as SVG on the server. Every bar carries its label and value as text,
 * so no value is told by colour or length alone; every chart also has a table beside it.
 *
 * <p>A chart is drawn at the size it is shown: its width and height are its view box, one unit
 * one CSS pixel (the style sheet only lets it shrink on a narrow screen), so the text is shown
 * at the sizes the style sheet gives ({@code chart-label}, {@code chart-value}: 14 px,
 * {@code chart-small}: 13 px) and not scaled down with a long series. Colours are named by class
 * ({@code ot-fill-*}), from the one palette in app.css.
 */
final class BarChartSvg {

    /**
     * One bar: its label, its value, the text written at its end, the class that colours it, and
     * whether it counts a period not over yet (drawn hatched, labelled {@link #partialLabel()}).
     */
    record Bar(String label, double value, String valueText, String fillClass, boolean partial) {

        Bar(String label, double value, String valueText, String fillClass) {
            this(label, value, valueText, fillClass, false);
        }
    }

    /** Under a column that counts a period not over yet. */
    static String partialLabel() {
        return Translations.text("coverage.chart.partial");
    }

    static final String PARTIAL_PATTERN = "chart-partial";

    /** The width the charts are drawn for: half the dashboard on a usual screen. */
    static final int WIDTH = 490;

    private static final int ROW = 28;
    private static final int LABEL_WIDTH = 170;
    private static final int VALUE_WIDTH = 120;
    private static final int BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

    /** Columns: room above the tallest one for its value, the plot's height, and the axis labels' band. */
    static final int HEADROOM = 26;

    private static final int PLOT_HEIGHT = 150;
    private static final int AXIS_BAND = 30;
    private static final int LEFT = 40;
    private static final int RIGHT = 10;
    private static final int MAX_COLUMN = 40;
    /** Columns at least this wide carry their value above them; narrower ones in their title and the table. */
    static final int VALUE_ABOVE_FROM = 22;
    /** About how wide a character of the axis labels is (13 px text), for keeping labels apart. */
    private static final double CHARACTER = 7.5;

    private BarChartSvg() {}

    /** Horizontal bars, one per row, scaled to {@code max} (the largest value when 0). */
    static String horizontal(List<Bar> bars, double max, String description) {
        double top = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = Math.max(ROW, bars.size() * ROW);
        var svg = open(WIDTH, height, description);
        int y = 0;
        for (Bar bar : bars) {
            double length = top <= 0 ? 0 : BAR_AREA * bar.value() / top;
            svg.append("<text x=\"")
                    .append(LABEL_WIDTH - 8)
                    .append("\" y=\"")
                    .append(y + 19)
                    .append("\" text-anchor=\"end\" class=\"chart-label\">")
                    .append(escape(bar.label()))
                    .append("</text>")
                    .append("<rect x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(y + 5)
                    .append("\" width=\"")
                    .append(format(length))
                    .append("\" height=\"")
                    .append(ROW - 10)
                    .append("\" class=\"")
                    .append(escape(bar.fillClass()))
                    .append(" chart-bar-outline\"/>")
                    .append("<text x=\"")
                    .append(format(LABEL_WIDTH + length + 6))
                    .append("\" y=\"")
                    .append(y + 19)
                    .append("\" class=\"chart-value\">")
                    .append(escape(bar.valueText()))
                    .append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Vertical columns in order (a time series), with room above the tallest for its value. Every
     * {@code labelEvery}-th column is labelled below (or fewer, so that labels never overlap); a last column that is {@link Bar#partial()}
     * is hatched and labelled {@link #partialLabel()} instead.
     */
    static String columns(List<Bar> bars, int labelEvery, String description) {
        int count = Math.max(1, bars.size());
        int columnWidth = Math.max(4, Math.min(MAX_COLUMN, (WIDTH - LEFT - RIGHT) / count));
        int gap = Math.max(1, columnWidth / 4);
        int width = LEFT + count * columnWidth + RIGHT;
        int baseline = HEADROOM + PLOT_HEIGHT;
        int height = baseline + AXIS_BAND;
        double top = Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(0));
        var svg = open(width, height, description);
        svg.append("<defs><pattern id=\"")
                .append(PARTIAL_PATTERN)
                .append("\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">")
                .append(
                        "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><rect width=\"3\" height=\"6\" class=\"ot-fill-bar\"/>")
                .append("</pattern></defs>");
        svg.append("<line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(baseline)
                .append("\" x2=\"")
                .append(width - RIGHT / 2)
                .append("\" y2=\"")
                .append(baseline)
                .append("\" stroke=\"#4d4d4d\"/>")
                .append("<text x=\"")
                .append(LEFT - 6)
                .append("\" y=\"")
                .append(HEADROOM + 5)
                .append("\" text-anchor=\"end\" class=\"chart-small\">")
                .append(Math.round(top))
                .append("</text>")
                .append("<text x=\"")
                .append(LEFT - 6)
                .append("\" y=\"")
                .append(baseline)
                .append("\" text-anchor=\"end\" class=\"chart-small\">0</text>");
        int longest = bars.stream().mapToInt(bar -> bar.label().length()).max().orElse(0);
        int every = Math.max(Math.max(1, labelEvery), (int) Math.ceil((longest * CHARACTER + 8) / columnWidth));
        boolean partialLast = !bars.isEmpty() && bars.getLast().partial();
        // The partial label ends under the last column; date labels stop short of it.
        double partialLabelStart = LEFT + count * columnWidth - partialLabel().length() * CHARACTER;
        int x = LEFT;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double barHeight = PLOT_HEIGHT * bar.value() / top;
            int barWidth = columnWidth - gap;
            svg.append("<rect x=\"")
                    .append(x + gap / 2)
                    .append("\" y=\"")
                    .append(format(baseline - barHeight))
                    .append("\" width=\"")
                    .append(barWidth)
                    .append("\" height=\"")
                    .append(format(barHeight))
                    .append('"')
                    .append(
                            bar.partial()
                                    ? " fill=\"url(#" + PARTIAL_PATTERN + ")\" class=\"chart-partial\""
                                    : " class=\"" + escape(bar.fillClass()) + "\"")
                    .append("><title>")
                    .append(escape(bar.label()))
                    .append(bar.partial() ? " (" + escape(partialLabel()) + ")" : "")
                    .append(": ")
                    .append(escape(bar.valueText()))
                    .append("</title></rect>");
            if (bar.value() > 0 && columnWidth >= VALUE_ABOVE_FROM) {
                svg.append("<text x=\"")
                        .append(x + columnWidth / 2)
                        .append("\" y=\"")
                        .append(format(baseline - barHeight - 5))
                        .append("\" text-anchor=\"middle\" class=\"chart-small\">")
                        .append(escape(bar.valueText()))
                        .append("</text>");
            }
            boolean last = i == bars.size() - 1;
            if (last && bar.partial()) {
                svg.append("<text x=\"")
                        .append(x + columnWidth)
                        .append("\" y=\"")
                        .append(baseline + 20)
                        .append("\" text-anchor=\"end\" class=\"chart-small chart-partial-label\">")
                        .append(escape(partialLabel()))
                        .append("</text>");
            } else if (i % every == 0
                    && (!partialLast || x + bar.label().length() * CHARACTER < partialLabelStart - 8)) {
                svg.append("<text x=\"")
                        .append(x + gap / 2)
                        .append("\" y=\"")
                        .append(baseline + 20)
                        .append("\" class=\"chart-small\">")
                        .append(escape(bar.label()))
                        .append("</text>");
            }
            x += columnWidth;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String description) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(description))
                .append("\">");
    }

    private static String format(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
