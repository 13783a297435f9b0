package org.outreachtracker.brief.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.Role;
import org.outreachtracker.base.HiddenCharacters;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.DataTable;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.RouteValues;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.brief.CounterpartProfile;
import org.outreachtracker.brief.CounterpartProfileService;
import org.outreachtracker.counterpart.CounterpartMergeRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.counterpart.PositionHeld;
import org.outreachtracker.counterpart.ui.CounterpartDialog;
import org.outreachtracker.meeting.MetTogether;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;

/**
 * One counterpart's page ({@code counterparts/42}), linkable: their current and earlier positions,
 * a timeline of the meetings with them (each with the title they held that day, how they reacted
 * to each point, what their government committed to and the follow-ups), which of our officers met
 * them at which posts, and whom they were met with.
 */
@Route("counterparts/:id(\\d+)")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class CounterpartView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CounterpartProfileService profiles;
    private final CounterpartService counterparts;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final Clock clock;
    private CounterpartProfile profile;

    CounterpartView(
            CounterpartProfileService profiles,
            CounterpartService counterparts,
            ReferenceService reference,
            CurrentUser currentUser,
            Clock clock) {
        this.profiles = profiles;
        this.counterparts = counterparts;
        this.reference = reference;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("page", "counterpart-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().get("id").flatMap(RouteValues::id).orElse(-1L);
        show(id);
    }

    private void show(long id) {
        removeAll();
        profile = profiles.profile(id).orElse(null);
        if (profile == null) {
            add(
                    new H2("Counterpart not found"),
                    new Paragraph("There is no counterpart with the number " + id + "."),
                    new Anchor("counterparts", "Open the directory"));
            return;
        }
        List<CounterpartMergeRef> merges = counterparts.merges(id);
        merges.stream()
                .filter(m -> m.mergedId() == id && !m.undone())
                .findFirst()
                .ifPresent(m -> {
                    var notice = new Div(
                            new Span("This record was merged into "),
                            new Anchor("counterparts/" + m.survivorId(), shown(m.survivorName())),
                            new Span(" on " + Formats.dateTime(m.mergedAt()) + " by " + m.mergedBy()
                                    + ". Its meetings are listed there."));
                    notice.addClassName("merged-notice");
                    notice.setId("merged-notice");
                    add(notice);
                });
        add(heading(), positions(), timeline(), people());
        List<CounterpartMergeRef> mergedHere =
                merges.stream().filter(m -> m.survivorId() == id).toList();
        if (!mergedHere.isEmpty()) {
            add(merges(mergedHere));
        }
    }

    /** The records merged into this one, each with a way for managers to undo it. */
    private Div merges(List<CounterpartMergeRef> mergedHere) {
        var list = new UnorderedList();
        boolean manager = currentUser.hasRole(Role.MANAGER);
        for (CounterpartMergeRef merge : mergedHere) {
            var item = new ListItem(
                    new Anchor("counterparts/" + merge.mergedId(), shown(merge.mergedName())),
                    new Span(", merged on " + Formats.dateTime(merge.mergedAt()) + " by " + merge.mergedBy() + " ("
                            + merge.meetingsMoved() + (merge.meetingsMoved() == 1 ? " meeting" : " meetings")
                            + " moved)"
                            + (merge.undone()
                                    ? "; undone on " + Formats.dateTime(merge.undoneAt()) + " by " + merge.undoneBy()
                                    : "")));
            if (manager && !merge.undone()) {
                var undo = new Button("Undo merge", event -> {
                    if (Saving.run(() -> counterparts.undoMerge(merge.id()))) {
                        Notifications.success("Merge undone: " + merge.mergedName() + " is back in the directory with"
                                + " their meetings.");
                        show(merge.survivorId());
                    }
                });
                undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(undo);
            }
            list.add(item);
        }
        var box = section("Merged into this record", list);
        box.setId("counterpart-merges");
        return box;
    }

    private Div heading() {
        var counterpart = profile.counterpart();
        var name = new H2(shown(counterpart.name()));
        CountryRef country = profile.country();
        var meta = new Paragraph(shown(counterpart.title()) + ", " + shown(counterpart.organization()) + " · "
                + country.name() + " · " + counterpart.level().label());
        meta.addClassName("counterpart-meta");
        var brief = new Anchor("countries/" + country.code() + "/brief", "Country brief: " + country.name());
        var directory = new Anchor("counterparts", "Directory");
        var links = new Div(directory, brief);
        links.addClassName("counterpart-links");
        var box = new Div(name, meta, links);
        if (currentUser.desk().covers(counterpart.countryId())) {
            var edit = new Button("Edit", VaadinIcon.EDIT.create(), event -> edit());
            edit.setId("counterpart-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(edit);
        }
        box.addClassName("counterpart-heading");
        return box;
    }

    private void edit() {
        List<CountryRef> editable = currentUser.desk().countriesIn(reference.countries(), CountryRef::id);
        String help = currentUser.desk().deskOnly() ? "Your desk countries" : null;
        new CounterpartDialog(
                        counterparts,
                        editable,
                        help,
                        profile.counterpart(),
                        LocalDate.now(clock),
                        saved -> show(saved.id()))
                .open();
    }

    private Div positions() {
        var list = new UnorderedList();
        list.addClassName("position-history");
        for (PositionHeld held : profile.positions().all()) {
            var item = new ListItem(new Span(shown(held.describe())), new Span(" · " + period(held)));
            if (held.current()) {
                item.addClassName("current");
            }
            list.add(item);
        }
        var box = section("Positions", list);
        box.setId("counterpart-positions");
        return box;
    }

    private static String period(PositionHeld held) {
        if (held.current()) {
            return held.from() == null ? "current" : "since " + Formats.date(held.from());
        }
        return (held.from() == null ? "until " : Formats.date(held.from()) + " to ") + Formats.date(held.until());
    }

    private Div timeline() {
        var box = section(CounterpartTimeline.title(profile), new CounterpartTimeline(profile));
        box.setId("counterpart-timeline");
        return box;
    }

    private Div people() {
        var officers = people(
                "Who of ours met them",
                "Our officers who met the counterpart, most meetings first",
                List.of("Officer", "Post", "Meetings", "Last met"),
                profile.officers(),
                false);
        officers.setId("counterpart-officers");
        var colleagues = people(
                "Met together with",
                "Counterparts present at the same meetings, most meetings together first",
                List.of("Counterpart", "Organization", "Meetings together", "Last together"),
                profile.colleagues(),
                true);
        colleagues.setId("counterpart-colleagues");
        var box = new Div(officers, colleagues);
        box.addClassName("counterpart-people");
        return box;
    }

    private static Div people(
            String title, String caption, List<String> headers, List<MetTogether> people, boolean linked) {
        if (people.isEmpty()) {
            return section(title, new Paragraph("No one yet."));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MetTogether person : people) {
            Object name =
                    linked ? new Anchor("counterparts/" + person.id(), shown(person.name())) : shown(person.name());
            rows.add(List.of(
                    name, shown(person.place()), String.valueOf(person.meetings()), Formats.date(person.lastMet())));
        }
        return section(title, DataTable.of(caption, headers, rows));
    }

    private static Div section(String title, Component content) {
        var section = new Div(new H3(title), content);
        section.addClassName("brief-section");
        return section;
    }

    /** User text as pages show it: invisible characters as marks such as [U+202E]. */
    private static String shown(String text) {
        return HiddenCharacters.reveal(text);
    }

    @Override
    public String getPageTitle() {
        return (profile == null
                        ? "Counterpart not found"
                        : shown(profile.counterpart().name())) + " | Outreach Tracker";
    }
}
