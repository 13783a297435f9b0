package org.outreachtracker.coverage.ui;

import static org.outreachtracker.base.ui.HtmlBuilder.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;

/**
 * A cumulative chart drawn as SVG on the server: one stepped line per series over days, a dashed
 * line across the top for the goal and a vertical line for a deadline. Series are told apart by
 * their dash pattern and by their name written at the end of each line, not by colour alone; the
 * chart has its table of figures beside it, as every dashboard chart does.
 *
 * <p>Drawn at the size it is shown, as {@link BarChartSvg} is: one unit, one CSS pixel.
 */
final class LineChartSvg {

    /** One series: its name, the class that styles its line (colour and dashes), its value per day. */
    record Series(String name, String lineClass, List<Long> values) {}

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private static final int WIDTH = BarChartSvg.WIDTH;
    private static final int LEFT = 40;
    /** Room on the right for each line's name and last value. */
    private static final int RIGHT = 120;

    private static final int TOP = 30;
    private static final int PLOT_HEIGHT = 170;
    private static final int AXIS_BAND = 30;
    /** How far apart, at least, the names at the lines' ends are set (13 px text). */
    private static final int LABEL_SPACING = 15;

    private LineChartSvg() {}

    /**
     * Draws the series over the days from {@code first}, one value per day, on an axis that runs
     * to {@code axisEnd} (later than the last value when a deadline is still ahead).
     *
     * @param goal the value the series work towards, drawn across the top ({@code goalLabel})
     * @param deadline marked with a vertical line; null for none
     */
    static String cumulative(
            LocalDate first,
            LocalDate axisEnd,
            List<Series> series,
            long goal,
            String goalLabel,
            LocalDate deadline,
            String description) {
        long span = Math.max(1, ChronoUnit.DAYS.between(first, axisEnd));
        double dayWidth = (double) (WIDTH - LEFT - RIGHT) / span;
        long top = Math.max(
                1,
                Math.max(
                        goal,
                        series.stream()
                                .flatMap(s -> s.values().stream())
                                .mapToLong(Long::longValue)
                                .max()
                                .orElse(0)));
        int baseline = TOP + PLOT_HEIGHT;
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(baseline + AXIS_BAND)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(baseline + AXIS_BAND)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(description))
                .append("\">");
        int right = WIDTH - RIGHT;
        line(svg, LEFT, baseline, right, baseline, "chart-axis");
        text(svg, LEFT - 6, baseline, "end", "chart-small", "0");
        double goalY = y(goal, top, baseline);
        if (goal > 0) {
            line(svg, LEFT, goalY, right, goalY, "chart-goal");
            text(svg, LEFT - 6, goalY + 5, "end", "chart-small", String.valueOf(goal));
            text(svg, LEFT + 4, goalY - 6, "start", "chart-small", goalLabel);
        }
        text(svg, LEFT, baseline + 20, "start", "chart-small", shortDate(first));
        if (deadline != null && !deadline.isBefore(first) && !deadline.isAfter(axisEnd)) {
            double x = LEFT + dayWidth * ChronoUnit.DAYS.between(first, deadline);
            line(svg, x, TOP - 14, x, baseline, "chart-deadline");
            text(
                    svg,
                    x,
                    TOP - 18,
                    x > right - 60 ? "end" : "middle",
                    "chart-small chart-deadline-label",
                    Translations.text("coverage.chart.progress.reportBy", shortDate(deadline)));
        }
        if (!axisEnd.equals(first)) {
            text(svg, right, baseline + 20, "end", "chart-small", shortDate(axisEnd));
        }
        List<double[]> ends = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series one = series.get(i);
            if (one.values().isEmpty()) {
                continue;
            }
            var points = new StringBuilder();
            double previousY = y(one.values().getFirst(), top, baseline);
            points.append(format(LEFT)).append(',').append(format(previousY));
            for (int day = 1; day < one.values().size(); day++) {
                double x = LEFT + dayWidth * day;
                double yNow = y(one.values().get(day), top, baseline);
                points.append(' ').append(format(x)).append(',').append(format(previousY));
                if (yNow != previousY) {
                    points.append(' ').append(format(x)).append(',').append(format(yNow));
                }
                previousY = yNow;
            }
            double endX = LEFT + dayWidth * (one.values().size() - 1);
            svg.append("<polyline fill=\"none\" class=\"chart-line ")
                    .append(escape(one.lineClass()))
                    .append("\" points=\"")
                    .append(points)
                    .append("\"><title>")
                    .append(escape(one.name() + ": " + one.values().getLast()))
                    .append("</title></polyline>");
            ends.add(new double[] {i, endX, previousY});
        }
        // Each line's name at its end, moved apart vertically where lines end close together.
        ends.sort(Comparator.comparingDouble(end -> end[2]));
        double lastLabelY = Double.NEGATIVE_INFINITY;
        for (double[] end : ends) {
            Series one = series.get((int) end[0]);
            double labelY = Math.max(end[2] + 4, lastLabelY + LABEL_SPACING);
            lastLabelY = labelY;
            text(
                    svg,
                    end[1] + 6,
                    labelY,
                    "start",
                    "chart-small",
                    one.name() + " " + one.values().getLast());
        }
        return svg.append("</svg>").toString();
    }

    private static double y(long value, long top, int baseline) {
        return baseline - (double) PLOT_HEIGHT * value / top;
    }

    /** Day and short month ("5 Mar") in the page's language. */
    private static String shortDate(LocalDate day) {
        return SHORT_DATE.withLocale(Formats.locale()).format(day);
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String cssClass) {
        svg.append("<line x1=\"")
                .append(format(x1))
                .append("\" y1=\"")
                .append(format(y1))
                .append("\" x2=\"")
                .append(format(x2))
                .append("\" y2=\"")
                .append(format(y2))
                .append("\" class=\"")
                .append(cssClass)
                .append("\"/>");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String cssClass, String content) {
        svg.append("<text x=\"")
                .append(format(x))
                .append("\" y=\"")
                .append(format(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" class=\"")
                .append(cssClass)
                .append("\">")
                .append(escape(content))
                .append("</text>");
    }

    private static String format(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
