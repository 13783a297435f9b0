package org.outreachtracker.coverage.ui;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Small bar charts drawn as SVG on the server. Every bar carries its label and value as text,
 * so no value is told by colour or length alone; every chart also has a table beside it.
 */
final class BarChartSvg {

    /** One bar: its label, its value, the text written at its end, and its colour. */
    record Bar(String label, double value, String valueText, String colour) {
    }

    private static final int ROW = 26;
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_AREA = 300;
    private static final int VALUE_WIDTH = 110;

    private BarChartSvg() {
    }

    /** Horizontal bars, one per row, scaled to {@code max} (the largest value when 0). */
    static String horizontal(List<Bar> bars, double max, String description) {
        double top = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
        int height = Math.max(ROW, bars.size() * ROW);
        var svg = open(width, height, description);
        int y = 0;
        for (Bar bar : bars) {
            double length = top <= 0 ? 0 : BAR_AREA * bar.value() / top;
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" class=\"chart-label\">").append(escape(bar.label())).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(format(length)).append("\" height=\"").append(ROW - 8).append("\" fill=\"")
                    .append(escape(bar.colour())).append("\" stroke=\"#4d4d4d\" stroke-width=\"0.5\"/>")
                    .append("<text x=\"").append(format(LABEL_WIDTH + length + 6)).append("\" y=\"").append(y + 17)
                    .append("\" class=\"chart-value\">").append(escape(bar.valueText())).append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** Vertical columns in order (a time series); every {@code labelEvery}-th column is labelled below. */
    static String columns(List<Bar> bars, int labelEvery, String description) {
        int columnWidth = 22;
        int chartHeight = 150;
        int left = 34;
        int width = left + Math.max(1, bars.size()) * columnWidth + 10;
        int height = chartHeight + 40;
        double top = Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(0));
        var svg = open(width, height, description);
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(chartHeight + 10).append("\" x2=\"")
                .append(width - 5).append("\" y2=\"").append(chartHeight + 10).append("\" stroke=\"#4d4d4d\"/>")
                .append("<text x=\"").append(left - 6).append("\" y=\"18\" text-anchor=\"end\" class=\"chart-value\">")
                .append(Math.round(top)).append("</text>")
                .append("<text x=\"").append(left - 6).append("\" y=\"").append(chartHeight + 10)
                .append("\" text-anchor=\"end\" class=\"chart-value\">0</text>");
        int x = left + 3;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double barHeight = chartHeight * bar.value() / top;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(format(chartHeight + 10 - barHeight))
                    .append("\" width=\"").append(columnWidth - 6).append("\" height=\"").append(format(barHeight))
                    .append("\" fill=\"").append(escape(bar.colour())).append("\"><title>").append(escape(bar.label()))
                    .append(": ").append(escape(bar.valueText())).append("</title></rect>");
            if (bar.value() > 0) {
                svg.append("<text x=\"").append(x + (columnWidth - 6) / 2).append("\" y=\"")
                        .append(format(chartHeight + 6 - barHeight)).append("\" text-anchor=\"middle\" class=\"chart-small\">")
                        .append(escape(bar.valueText())).append("</text>");
            }
            if (i % Math.max(1, labelEvery) == 0) {
                svg.append("<text x=\"").append(x).append("\" y=\"").append(chartHeight + 28)
                        .append("\" class=\"chart-small\">").append(escape(bar.label())).append("</text>");
            }
            x += columnWidth;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String description) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(description)).append("\">");
    }

    private static String format(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
