package org.outreachtracker.coverage.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outreachtracker.base.ui.DataTable;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.coverage.CampaignProgress;
import org.outreachtracker.coverage.CoverageStatus;
import org.outreachtracker.coverage.CumulativeCoverage;
import org.outreachtracker.coverage.DashboardFigures;
import org.outreachtracker.meeting.OverallResponse;

/** The dashboard's charts, each with its table of figures. */
final class DashboardCharts {

    /** Bars that count (meetings, reach), not a status: the palette's neutral bar colour. */
    private static final String BAR = "ot-fill-bar";

    private static final java.time.format.DateTimeFormatter SHORT_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH);

    private DashboardCharts() {}

    static ChartCard meetingsPerWeek(DashboardFigures figures) {
        String title = "Meetings per week";
        if (figures.meetings() == 0) {
            return new ChartCard(title, "No meetings have been logged for this campaign yet.");
        }
        List<BarChartSvg.Bar> bars = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardFigures.WeekCount week : figures.meetingsPerWeek()) {
            bars.add(new BarChartSvg.Bar(
                    SHORT_DATE.format(week.weekStart()),
                    week.meetings(),
                    String.valueOf(week.meetings()),
                    BAR,
                    week.partial()));
            rows.add(List.of(
                    "Week of " + Formats.date(week.weekStart())
                            + (week.partial() ? " (" + BarChartSvg.PARTIAL_LABEL + ", up to today)" : ""),
                    week.meetings()));
        }
        int labelEvery = Math.max(1, (bars.size() + 5) / 6);
        boolean partial = bars.getLast().partial();
        String svg = BarChartSvg.columns(
                bars,
                labelEvery,
                "Meetings per week from " + bars.getFirst().label()
                        + ": " + figures.meetings() + " in all."
                        + (partial ? " The last column, hatched, is this week so far, up to today." : "")
                        + " The figures are in the table below.");
        return new ChartCard(title, svg, DataTable.of(title, List.of("Week", "Meetings"), rows));
    }

    static ChartCard responses(DashboardFigures figures) {
        String title = "Overall responses";
        if (figures.meetings() == 0) {
            return new ChartCard(title, "No responses yet: no meetings have been logged.");
        }
        List<BarChartSvg.Bar> bars = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<OverallResponse, Long> entry : figures.responses().entrySet()) {
            OverallResponse response = entry.getKey();
            String label = OverallResponse.labelOf(response);
            CoverageStatus status = response == null ? CoverageStatus.PENDING : CoverageStatus.valueOf(response.name());
            long percent = 100 * entry.getValue() / figures.meetings();
            bars.add(new BarChartSvg.Bar(
                    label,
                    entry.getValue(),
                    entry.getValue() + " (" + percent + "%)",
                    StatusStyle.of(status).fillClass()));
            rows.add(List.of(label, entry.getValue(), percent + "%"));
        }
        String svg = BarChartSvg.horizontal(
                bars,
                0,
                "Overall responses of " + figures.meetings() + " meetings. The figures are in the table below.");
        return new ChartCard(title, svg, DataTable.of(title, List.of("Response", "Meetings", "Share"), rows));
    }

    static ChartCard bureaus(DashboardFigures figures) {
        String title = "Target countries reached, by bureau";
        if (figures.byBureau().isEmpty()) {
            return new ChartCard(title, "This campaign has no target countries yet.");
        }
        List<BarChartSvg.Bar> bars = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardFigures.BureauCoverage bureau : figures.byBureau()) {
            bars.add(new BarChartSvg.Bar(
                    bureau.bureauName(),
                    bureau.reachedPercent(),
                    bureau.reached() + " of " + bureau.targets() + " (" + bureau.reachedPercent() + "%)",
                    BAR));
            rows.add(List.of(bureau.bureauName(), bureau.reached(), bureau.targets(), bureau.reachedPercent() + "%"));
        }
        String svg = BarChartSvg.horizontal(
                bars,
                100,
                "Share of target countries reached in each bureau." + " The figures are in the table below.");
        return new ChartCard(title, svg, DataTable.of(title, List.of("Bureau", "Reached", "Targets", "Share"), rows));
    }

    /**
     * Countries reached, posts delivered and posts reported, cumulated per day against the
     * report-by date; the table lists the days on which a figure changed, and the last day.
     */
    static ChartCard progress(CampaignProgress progress, int targets) {
        String title = "Progress against the report-by date";
        CumulativeCoverage cumulative = progress.cumulative();
        List<CumulativeCoverage.Day> days = cumulative.days();
        CumulativeCoverage.Day last = days.getLast();
        if (progress.posts() == 0 && last.reached() == 0) {
            return new ChartCard(
                    title, "Nothing to draw yet: no post has been tasked and no target country has been reached.");
        }
        LocalDate first = days.getFirst().day();
        LocalDate reportBy = cumulative.reportBy();
        LocalDate axisEnd = reportBy != null && reportBy.isAfter(last.day()) ? reportBy : last.day();
        var series = List.of(
                new LineChartSvg.Series(
                        "Reached",
                        "chart-line-reached",
                        days.stream().map(CumulativeCoverage.Day::reached).toList()),
                new LineChartSvg.Series(
                        "Delivered",
                        "chart-line-delivered",
                        days.stream().map(CumulativeCoverage.Day::delivered).toList()),
                new LineChartSvg.Series(
                        "Reported",
                        "chart-line-reported",
                        days.stream().map(CumulativeCoverage.Day::reported).toList()));
        String description = "From " + Formats.date(first) + " to " + Formats.date(last.day()) + ": "
                + last.reached() + " of " + targets + " target countries reached, "
                + last.delivered() + " of " + progress.posts() + " posts delivered the points, "
                + last.reported() + " reported"
                + (reportBy == null ? "; no report-by date." : "; report by " + Formats.date(reportBy) + ".")
                + " The figures are in the table below.";
        String svg = LineChartSvg.cumulative(
                first, axisEnd, series, targets, targets + " target countries", reportBy, description);
        List<List<Object>> rows = new ArrayList<>();
        CumulativeCoverage.Day previous = null;
        for (CumulativeCoverage.Day day : days) {
            boolean changed = previous == null
                    || day.reached() != previous.reached()
                    || day.delivered() != previous.delivered()
                    || day.reported() != previous.reported();
            if (changed || day == last) {
                rows.add(List.of(Formats.date(day.day()), day.reached(), day.delivered(), day.reported()));
            }
            previous = day;
        }
        var card = new ChartCard(
                title,
                svg,
                DataTable.of(title, List.of("Day", "Countries reached", "Posts delivered", "Posts reported"), rows));
        card.addClassName("progress-chart");
        return card;
    }
}
