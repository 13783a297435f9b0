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
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.brief.CounterpartProfile;
import org.outreachtracker.brief.CounterpartProfileService;
import org.outreachtracker.counterpart.CounterpartMergeRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.counterpart.PositionHeld;
import org.outreachtracker.counterpart.ui.CounterpartDialog;
import org.outreachtracker.meeting.MetTogether;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.ui.CountryNames;

/**
 * One counterpart's page ({@code counterparts/42}), linkable: their current and earlier positions,
 * a timeline of the meetings with them (each with the title they held that day, how they reacted
 * to each point, what their government committed to and the follow-ups), which of our officers met
 * them at which posts, and whom they were met with.
 */
@Route("counterparts/:id(\\d+)")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class CounterpartView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Addresses linked to: the directory, a counterpart's page and a country's (before the id or code). */
    private static final String DIRECTORY = "counterparts";

    private static final String COUNTERPART = "counterparts/";
    private static final String COUNTRY = "countries/";

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
                    new H2(getTranslation("brief.counterpart.notFound")),
                    new Paragraph(getTranslation("brief.counterpart.notFound.text", String.valueOf(id))),
                    new Anchor(DIRECTORY, getTranslation("brief.counterpart.notFound.directory")));
            return;
        }
        List<CounterpartMergeRef> merges = counterparts.merges(id);
        merges.stream()
                .filter(m -> m.mergedId() == id && !m.undone())
                .findFirst()
                .ifPresent(m -> {
                    var notice = new Div(
                            new Span(getTranslation("brief.counterpart.mergedInto") + " "),
                            new Anchor(COUNTERPART + m.survivorId(), shown(m.survivorName())),
                            new Span(" "
                                    + getTranslation(
                                            "brief.counterpart.mergedInto.when",
                                            Formats.dateTime(m.mergedAt()),
                                            m.mergedBy())));
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
                    new Anchor(COUNTERPART + merge.mergedId(), shown(merge.mergedName())),
                    new Span(getTranslation(
                                    merge.meetingsMoved() == 1
                                            ? "brief.counterpart.merged.one"
                                            : "brief.counterpart.merged.many",
                                    Formats.dateTime(merge.mergedAt()),
                                    merge.mergedBy(),
                                    String.valueOf(merge.meetingsMoved()))
                            + (merge.undone()
                                    ? getTranslation(
                                            "brief.counterpart.merged.undone",
                                            Formats.dateTime(merge.undoneAt()),
                                            merge.undoneBy())
                                    : "")));
            if (manager && !merge.undone()) {
                var undo = new Button(getTranslation("brief.counterpart.undo"), event -> {
                    if (Saving.run(() -> counterparts.undoMerge(merge.id()))) {
                        Notifications.success(getTranslation("brief.counterpart.undone", merge.mergedName()));
                        show(merge.survivorId());
                    }
                });
                undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(undo);
            }
            list.add(item);
        }
        var box = section(getTranslation("brief.counterpart.mergedHere"), list);
        box.setId("counterpart-merges");
        return box;
    }

    private Div heading() {
        var counterpart = profile.counterpart();
        var name = new H2(shown(counterpart.name()));
        CountryRef country = profile.country();
        var meta = new Paragraph(shown(counterpart.title()) + ", " + shown(counterpart.organization()) + " · "
                + CountryNames.of(country) + " · " + counterpart.level().label());
        meta.addClassName("counterpart-meta");
        var brief = new Anchor(
                COUNTRY + country.code() + "/brief",
                getTranslation("brief.counterpart.countryBrief", CountryNames.of(country)));
        var directory = new Anchor(DIRECTORY, getTranslation("brief.counterpart.directory"));
        var links = new Div(directory, brief);
        links.addClassName("counterpart-links");
        var box = new Div(name, meta, links);
        if (currentUser.desk().covers(counterpart.countryId())) {
            var edit = new Button(getTranslation("brief.counterpart.edit"), VaadinIcon.EDIT.create(), event -> edit());
            edit.setId("counterpart-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(edit);
        }
        box.addClassName("counterpart-heading");
        return box;
    }

    private void edit() {
        List<CountryRef> editable = currentUser.desk().countriesIn(reference.countries(), CountryRef::id);
        String help = currentUser.desk().deskOnly() ? getTranslation("brief.counterpart.deskCountries") : null;
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
        var box = section(getTranslation("brief.counterpart.positions"), list);
        box.setId("counterpart-positions");
        return box;
    }

    private static String period(PositionHeld held) {
        if (held.current()) {
            return held.from() == null
                    ? Translations.text("brief.counterpart.period.current")
                    : Translations.text("brief.counterpart.period.since", Formats.date(held.from()));
        }
        return held.from() == null
                ? Translations.text("brief.counterpart.period.until", Formats.date(held.until()))
                : Translations.text(
                        "brief.counterpart.period.range", Formats.date(held.from()), Formats.date(held.until()));
    }

    private Div timeline() {
        var box = section(CounterpartTimeline.title(profile), new CounterpartTimeline(profile));
        box.setId("counterpart-timeline");
        return box;
    }

    private Div people() {
        var officers = people(
                getTranslation("brief.counterpart.officers"),
                getTranslation("brief.counterpart.officers.caption"),
                List.of(
                        getTranslation("brief.counterpart.officers.officer"),
                        getTranslation("brief.counterpart.officers.post"),
                        getTranslation("brief.counterpart.officers.meetings"),
                        getTranslation("brief.counterpart.officers.lastMet")),
                profile.officers(),
                false);
        officers.setId("counterpart-officers");
        var colleagues = people(
                getTranslation("brief.counterpart.colleagues"),
                getTranslation("brief.counterpart.colleagues.caption"),
                List.of(
                        getTranslation("brief.counterpart.colleagues.counterpart"),
                        getTranslation("brief.counterpart.colleagues.organization"),
                        getTranslation("brief.counterpart.colleagues.meetings"),
                        getTranslation("brief.counterpart.colleagues.last")),
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
            return section(title, new Paragraph(Translations.text("brief.counterpart.noOne")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MetTogether person : people) {
            Object name = linked ? new Anchor(COUNTERPART + person.id(), shown(person.name())) : shown(person.name());
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
                        ? getTranslation("brief.counterpart.notFound")
                        : shown(profile.counterpart().name())) + " | Outreach Tracker";
    }
}
