package org.outreachtracker.coverage.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outreachtracker.base.ui.DataTable;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
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

    /** Day and short month ("5 Mar") in the page's language. */
    private static String shortDate(LocalDate day) {
        return SHORT_DATE.withLocale(Formats.locale()).format(day);
    }

    static ChartCard meetingsPerWeek(DashboardFigures figures) {
        String title = Translations.text("coverage.chart.meetings.title");
        if (figures.meetings() == 0) {
            return new ChartCard(title, Translations.text("coverage.chart.meetings.empty"));
        }
        List<BarChartSvg.Bar> bars = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardFigures.WeekCount week : figures.meetingsPerWeek()) {
            bars.add(new BarChartSvg.Bar(
                    shortDate(week.weekStart()),
                    week.meetings(),
                    String.valueOf(week.meetings()),
                    BAR,
                    week.partial()));
            rows.add(List.of(
                    Translations.text(
                            week.partial() ? "coverage.chart.meetings.weekPartial" : "coverage.chart.meetings.week",
                            Formats.date(week.weekStart()),
                            BarChartSvg.partialLabel()),
                    week.meetings()));
        }
        int labelEvery = Math.max(1, (bars.size() + 5) / 6);
        boolean partial = bars.getLast().partial();
        String svg = BarChartSvg.columns(
                bars,
                labelEvery,
                Translations.text(
                        partial ? "coverage.chart.meetings.descriptionPartial" : "coverage.chart.meetings.description",
                        bars.getFirst().label(),
                        String.valueOf(figures.meetings())));
        return new ChartCard(
                title,
                svg,
                DataTable.of(
                        title,
                        List.of(
                                Translations.text("coverage.chart.meetings.weekHeader"),
                                Translations.text("coverage.chart.meetings.meetingsHeader")),
                        rows));
    }

    static ChartCard responses(DashboardFigures figures) {
        String title = Translations.text("coverage.chart.responses.title");
        if (figures.meetings() == 0) {
            return new ChartCard(title, Translations.text("coverage.chart.responses.empty"));
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
                bars, 0, Translations.text("coverage.chart.responses.description", String.valueOf(figures.meetings())));
        return new ChartCard(
                title,
                svg,
                DataTable.of(
                        title,
                        List.of(
                                Translations.text("coverage.chart.responses.responseHeader"),
                                Translations.text("coverage.chart.meetings.meetingsHeader"),
                                Translations.text("coverage.chart.shareHeader")),
                        rows));
    }

    static ChartCard bureaus(DashboardFigures figures) {
        String title = Translations.text("coverage.chart.bureaus.title");
        if (figures.byBureau().isEmpty()) {
            return new ChartCard(title, Translations.text("coverage.chart.bureaus.empty"));
        }
        List<BarChartSvg.Bar> bars = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardFigures.BureauCoverage bureau : figures.byBureau()) {
            bars.add(new BarChartSvg.Bar(
                    bureau.bureauName(),
                    bureau.reachedPercent(),
                    Translations.text(
                            "coverage.chart.bureaus.value",
                            String.valueOf(bureau.reached()),
                            String.valueOf(bureau.targets()),
                            String.valueOf(bureau.reachedPercent())),
                    BAR));
            rows.add(List.of(bureau.bureauName(), bureau.reached(), bureau.targets(), bureau.reachedPercent() + "%"));
        }
        String svg = BarChartSvg.horizontal(bars, 100, Translations.text("coverage.chart.bureaus.description"));
        return new ChartCard(
                title,
                svg,
                DataTable.of(
                        title,
                        List.of(
                                Translations.text("coverage.chart.bureaus.bureauHeader"),
                                Translations.text("coverage.chart.bureaus.reachedHeader"),
                                Translations.text("coverage.chart.bureaus.targetsHeader"),
                                Translations.text("coverage.chart.shareHeader")),
                        rows));
    }

    /**
     * Countries reached, posts delivered and posts reported, cumulated per day against the
     * report-by date; the table lists the days on which a figure changed, and the last day.
     */
    static ChartCard progress(CampaignProgress progress, int targets) {
        String title = Translations.text("coverage.chart.progress.title");
        CumulativeCoverage cumulative = progress.cumulative();
        List<CumulativeCoverage.Day> days = cumulative.days();
        CumulativeCoverage.Day last = days.getLast();
        if (progress.posts() == 0 && last.reached() == 0) {
            return new ChartCard(title, Translations.text("coverage.chart.progress.empty"));
        }
        LocalDate first = days.getFirst().day();
        LocalDate reportBy = cumulative.reportBy();
        LocalDate axisEnd = reportBy != null && reportBy.isAfter(last.day()) ? reportBy : last.day();
        var series = List.of(
                new LineChartSvg.Series(
                        Translations.text("coverage.chart.progress.reached"),
                        "chart-line-reached",
                        days.stream().map(CumulativeCoverage.Day::reached).toList()),
                new LineChartSvg.Series(
                        Translations.text("coverage.chart.progress.delivered"),
                        "chart-line-delivered",
                        days.stream().map(CumulativeCoverage.Day::delivered).toList()),
                new LineChartSvg.Series(
                        Translations.text("coverage.chart.progress.reported"),
                        "chart-line-reported",
                        days.stream().map(CumulativeCoverage.Day::reported).toList()));
        String description = Translations.text(
                reportBy == null
                        ? "coverage.chart.progress.descriptionNoReportBy"
                        : "coverage.chart.progress.description",
                Formats.date(first),
                Formats.date(last.day()),
                String.valueOf(last.reached()),
                String.valueOf(targets),
                String.valueOf(last.delivered()),
                String.valueOf(progress.posts()),
                String.valueOf(last.reported()),
                Formats.date(reportBy));
        String svg = LineChartSvg.cumulative(
                first,
                axisEnd,
                series,
                targets,
                Translations.text("coverage.chart.progress.goal", String.valueOf(targets)),
                reportBy,
                description);
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
                DataTable.of(
                        title,
                        List.of(
                                Translations.text("coverage.chart.progress.dayHeader"),
                                Translations.text("coverage.chart.progress.reachedHeader"),
                                Translations.text("coverage.chart.progress.deliveredHeader"),
                                Translations.text("coverage.chart.progress.reportedHeader")),
                        rows));
        card.addClassName("progress-chart");
        return card;
    }
}
