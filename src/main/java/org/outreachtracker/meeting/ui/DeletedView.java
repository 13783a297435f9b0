package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.outreachtracker.base.DeletedRecord;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.Pageable;

/**
 * What was deleted: meetings and counterparts hidden from every list and figure, newest first,
 * each with "Restore". Managers only; nothing is ever removed from the database.
 */
@Route("deleted")
@PageTitle("Deleted records | Outreach Tracker")
@Menu(order = 70, icon = "vaadin:trash", title = "Deleted records")
@RolesAllowed(Roles.MANAGER)
public class DeletedView extends Main {

    interface Restorer {
        void restore(long id, long version);
    }

    interface Fetcher {
        org.springframework.data.domain.Page<DeletedRecord> fetch(Pageable pageable);
    }

    private final Map<Long, CountryRef> countries;

    DeletedView(MeetingService meetings, CounterpartService counterparts, ReferenceService reference) {
        countries = reference.countries().stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
        addClassName("page");
        add(new Paragraph("Deleted records are hidden from lists, the map and the dashboard. Restoring one brings"
                + " it back as it was."));
        add(
                new H2("Meetings"),
                grid("Deleted meetings", "Meeting", meetings::deleted, meetings::countDeleted, meetings::restore));
        add(
                new H2("Counterparts"),
                grid(
                        "Deleted counterparts",
                        "Counterpart",
                        counterparts::deleted,
                        counterparts::countDeleted,
                        counterparts::restore));
    }

    private Grid<DeletedRecord> grid(String label, String what, Fetcher fetch, LongSupplier count, Restorer restorer) {
        var grid = new Grid<DeletedRecord>();
        grid.addColumn(DeletedRecord::description).setHeader(what).setFlexGrow(3);
        grid.addColumn(r -> countries.containsKey(r.countryId())
                        ? countries.get(r.countryId()).name()
                        : "")
                .setHeader("Country")
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.deletedAt()))
                .setHeader("Deleted")
                .setAutoWidth(true);
        grid.addColumn(DeletedRecord::deletedBy).setHeader("By").setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    var restore = new Button("Restore", event -> {
                        if (Saving.run(() -> restorer.restore(r.id(), r.version()))) {
                            Notifications.success(what + " restored.");
                        }
                        grid.getDataProvider().refreshAll();
                    });
                    restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    restore.setAriaLabel("Restore " + r.description());
                    return restore;
                })
                .setHeader("Action")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemsPageable(pageable -> fetch.fetch(pageable).getContent(), pageable -> count.getAsLong());
        grid.setEmptyStateText("Nothing has been deleted.");
        grid.getElement().setAttribute("aria-label", label);
        grid.setHeight("18rem");
        return grid;
    }
}
