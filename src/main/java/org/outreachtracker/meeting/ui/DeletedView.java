package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.LongSupplier;
import org.outreachtracker.base.DeletedRecord;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.ui.CountryNames;
import org.springframework.data.domain.Pageable;

/**
 * What was deleted: meetings and counterparts hidden from every list and figure, newest first,
 * each with "Restore". Managers only; nothing is ever removed from the database.
 */
@Route("deleted")
@Menu(order = 70, icon = "vaadin:trash", title = "Deleted records")
@RolesAllowed(Roles.MANAGER)
public class DeletedView extends Main implements HasDynamicTitle {

    interface Restorer {
        void restore(long id, long version);
    }

    interface Fetcher {
        org.springframework.data.domain.Page<DeletedRecord> fetch(Pageable pageable);
    }

    private final Map<Long, CountryRef> countries;

    DeletedView(MeetingService meetings, CounterpartService counterparts, ReferenceService reference) {
        countries = reference.countriesById();
        addClassName("page");
        add(new Paragraph(getTranslation("meeting.deleted.help")));
        add(
                new H2(getTranslation("meeting.deleted.meetings")),
                grid(
                        getTranslation("meeting.deleted.meetings.label"),
                        getTranslation("meeting.deleted.meeting"),
                        "meeting.deleted.meeting.restored",
                        meetings::deleted,
                        meetings::countDeleted,
                        meetings::restore));
        add(
                new H2(getTranslation("meeting.deleted.counterparts")),
                grid(
                        getTranslation("meeting.deleted.counterparts.label"),
                        getTranslation("meeting.deleted.counterpart"),
                        "meeting.deleted.counterpart.restored",
                        counterparts::deleted,
                        counterparts::countDeleted,
                        counterparts::restore));
    }

    private Grid<DeletedRecord> grid(
            String label, String what, String restoredKey, Fetcher fetch, LongSupplier count, Restorer restorer) {
        var grid = new Grid<DeletedRecord>();
        grid.addColumn(DeletedRecord::description).setHeader(what).setFlexGrow(3);
        grid.addColumn(r -> countries.containsKey(r.countryId()) ? CountryNames.of(countries.get(r.countryId())) : "")
                .setHeader(getTranslation("meeting.list.country"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.deletedAt()))
                .setHeader(getTranslation("meeting.deleted.at"))
                .setAutoWidth(true);
        grid.addColumn(DeletedRecord::deletedBy)
                .setHeader(getTranslation("meeting.deleted.by"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    var restore = new Button(getTranslation("meeting.deleted.restore"), event -> {
                        if (Saving.run(() -> restorer.restore(r.id(), r.version()))) {
                            Notifications.success(getTranslation(restoredKey));
                        }
                        grid.getDataProvider().refreshAll();
                    });
                    restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    restore.setAriaLabel(getTranslation("meeting.deleted.restore.label", r.description()));
                    return restore;
                })
                .setHeader(getTranslation("meeting.deleted.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemsPageable(pageable -> fetch.fetch(pageable).getContent(), pageable -> count.getAsLong());
        grid.setEmptyStateText(getTranslation("meeting.deleted.empty"));
        grid.getElement().setAttribute("aria-label", label);
        grid.setHeight("18rem");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.deleted.title") + " | Outreach Tracker";
    }
}
