package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.outreachtracker.base.Names;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.coverage.CountryCoverage;

/**
 * The map's data as a sortable table: the text equivalent of the map. The rows are the
 * coverage aggregate itself (one per country, computed in one go), so they are held in memory.
 */
class CoverageTable extends Composite<Grid<CoverageRow>> {

    CoverageTable(Consumer<CoverageRow> onSelect) {
        Grid<CoverageRow> grid = getContent();
        grid.addColumn(CoverageRow::name)
                .setHeader("Country")
                .setComparator(Comparator.comparing(CoverageRow::name, Names.ORDER))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(row -> row.bureau().name())
                .setHeader("Bureau")
                .setSortable(true)
                .setComparator(
                        Comparator.comparing((CoverageRow row) -> row.bureau().name(), Names.ORDER))
                .setFlexGrow(1);
        grid.addColumn(row -> row.coverage().status().label())
                .setHeader("Status")
                .setSortable(true)
                .setComparator(Comparator.comparing(row -> row.coverage().status()))
                .setFlexGrow(1);
        grid.addColumn(row -> row.coverage().meetings())
                .setHeader("Meetings")
                .setSortable(true)
                .setComparator(Comparator.comparingInt(row -> row.coverage().meetings()))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.coverage().lastMeetingDate()))
                .setHeader("Last meeting")
                .setSortable(true)
                .setComparator(Comparator.comparing(
                        row -> row.coverage().lastMeetingDate(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(row -> followUps(row.coverage()))
                .setHeader("Open follow-ups")
                .setSortable(true)
                .setComparator(Comparator.comparingInt(
                                (CoverageRow row) -> row.coverage().overdueFollowUps())
                        .thenComparingInt(row -> row.coverage().openFollowUps()))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(event -> onSelect.accept(event.getItem()));
        grid.getElement().setAttribute("aria-label", "Coverage by country");
        grid.setEmptyStateText("No country matches these filters.");
    }

    void show(List<CoverageRow> rows) {
        getContent().setItems(rows);
    }

    private static String followUps(CountryCoverage coverage) {
        if (coverage.openFollowUps() == 0) {
            return "—";
        }
        return coverage.openFollowUps()
                + (coverage.hasOverdueFollowUps() ? " (" + coverage.overdueFollowUps() + " overdue)" : "");
    }
}
