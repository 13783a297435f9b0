package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.NarrowCards;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.coverage.CountryCoverage;

/**
 * The map's data as a sortable table: the text equivalent of the map. The rows are the
 * coverage aggregate itself (one per country, computed in one go), so they are held in memory.
 */
class CoverageTable extends Composite<Grid<CoverageRow>> {

    CoverageTable(Consumer<CoverageRow> onSelect) {
        Grid<CoverageRow> grid = getContent();
        grid.addColumn(CoverageRow::name)
                .setHeader(getTranslation("coverage.table.country"))
                .setComparator(Formats.byName(CoverageRow::name))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(row -> row.bureau().name())
                .setHeader(getTranslation("coverage.table.bureau"))
                .setSortable(true)
                .setComparator(Formats.byName((CoverageRow row) -> row.bureau().name()))
                .setFlexGrow(1);
        grid.addColumn(row -> StatusStyle.label(row.coverage().status()))
                .setHeader(getTranslation("coverage.table.status"))
                .setSortable(true)
                .setComparator(Comparator.comparing(row -> row.coverage().status()))
                .setFlexGrow(1);
        grid.addColumn(row -> row.coverage().meetings())
                .setHeader(getTranslation("coverage.table.meetings"))
                .setSortable(true)
                .setComparator(Comparator.comparingInt(row -> row.coverage().meetings()))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.coverage().lastMeetingDate()))
                .setHeader(getTranslation("coverage.table.lastMeeting"))
                .setSortable(true)
                .setComparator(Comparator.comparing(
                        row -> row.coverage().lastMeetingDate(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(row -> followUps(row.coverage()))
                .setHeader(getTranslation("coverage.table.followUps"))
                .setSortable(true)
                .setComparator(Comparator.comparingInt(
                                (CoverageRow row) -> row.coverage().overdueFollowUps())
                        .thenComparingInt(row -> row.coverage().openFollowUps()))
                .setWidth("10rem")
                .setFlexGrow(0);
        // On a phone, where the map is not shown: one card per country.
        NarrowCards.install(
                        grid,
                        LitRenderer.<CoverageRow>of("""
                                        <div class="row-card">
                                          <div class="card-line"><span class="card-title">${item.name}</span>\
                                        <span class="status-badge status-${item.status}">${item.statusLabel}</span></div>
                                          <div class="card-meta">${item.bureau}</div>
                                          <div class="card-meta">${item.facts}</div>
                                        </div>""")
                                .withProperty("name", CoverageRow::name)
                                .withProperty(
                                        "status",
                                        row -> row.coverage().status().name().toLowerCase(java.util.Locale.ROOT))
                                .withProperty(
                                        "statusLabel",
                                        row -> Translations.label(row.coverage().status()))
                                .withProperty("bureau", row -> row.bureau().name())
                                .withProperty("facts", row -> {
                                    String date = Formats.date(row.coverage().lastMeetingDate());
                                    return Translations.text(
                                            "coverage.table.card",
                                            row.coverage().meetings(),
                                            date.isEmpty() ? "—" : date,
                                            followUps(row.coverage()));
                                }),
                        Translations.text("coverage.table.cards"))
                .column()
                .setComparator(Formats.byName(CoverageRow::name))
                .setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(event -> onSelect.accept(event.getItem()));
        grid.getElement().setAttribute("aria-label", getTranslation("coverage.table.title"));
        grid.setEmptyStateText(getTranslation("coverage.table.empty"));
    }

    void show(List<CoverageRow> rows) {
        getContent().setItems(rows);
    }

    private static String followUps(CountryCoverage coverage) {
        if (coverage.openFollowUps() == 0) {
            return "—";
        }
        return coverage.hasOverdueFollowUps()
                ? Translations.text(
                        "coverage.table.followUpsOverdue",
                        String.valueOf(coverage.openFollowUps()),
                        String.valueOf(coverage.overdueFollowUps()))
                : String.valueOf(coverage.openFollowUps());
    }
}
