package org.outreachtracker.coverage.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outreachtracker.base.ui.DataTable;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.coverage.CoverageStatus;
import org.outreachtracker.coverage.DashboardFigures;
import org.outreachtracker.meeting.OverallResponse;

/** The dashboard's three charts, each with its table of figures. */
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
}
