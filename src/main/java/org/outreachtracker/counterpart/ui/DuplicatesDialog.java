package org.outreachtracker.counterpart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.LongFunction;
import org.outreachtracker.base.ui.AppDialog;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;

/**
 * The possible duplicates in the directory, for managers: sets of counterparts of one country
 * whose names are spelled alike, each with their title, organization and meetings, and a way to
 * merge each into the first of its set. Nothing is merged without the manager's choice.
 */
class DuplicatesDialog extends AppDialog {

    private final CounterpartService service;
    private final LongFunction<String> countryName;
    private final CounterpartMeetings meetings;
    private final Runnable onMerged;
    private final Div sets = new Div();

    DuplicatesDialog(
            CounterpartService service,
            LongFunction<String> countryName,
            CounterpartMeetings meetings,
            Runnable onMerged) {
        super(Translations.text("counterpart.duplicates.title"), "min(52rem, 100vw)");
        this.service = service;
        this.countryName = countryName;
        this.meetings = meetings;
        this.onMerged = onMerged;
        addClassName("duplicates-dialog");
        sets.addClassName("duplicate-sets");
        add(new Paragraph(getTranslation("counterpart.duplicates.intro")), sets);
        addCloseButton(getTranslation("counterpart.duplicates.close"));
        // Each name links to the person's page; following it leaves the list behind.
        addAttachListener(event -> {
            Registration closing = event.getUI().addAfterNavigationListener(navigation -> close());
            addDetachListener(detached -> closing.remove());
        });
        show();
    }

    private void show() {
        sets.removeAll();
        List<List<CounterpartRef>> found = service.possibleDuplicates();
        if (found.isEmpty()) {
            sets.add(new Paragraph(getTranslation("counterpart.duplicates.none")));
            return;
        }
        for (List<CounterpartRef> set : found) {
            CounterpartRef first = set.getFirst();
            var list = new UnorderedList();
            for (CounterpartRef person : set) {
                String page = "counterparts/" + person.id();
                var item = new ListItem(
                        new Anchor(page, person.name()),
                        new Span(getTranslation(
                                "counterpart.duplicates.person",
                                person.title(),
                                person.organization(),
                                count(person.id()))));
                if (person != first) {
                    var merge = new Button(
                            getTranslation("counterpart.duplicates.merge", first.name()),
                            event -> merge(first, person));
                    merge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    item.add(merge);
                }
                list.add(item);
            }
            var box = new Div(
                    new H3(getTranslation(
                            "counterpart.duplicates.set", first.name(), countryName.apply(first.countryId()))),
                    list);
            box.addClassName("duplicate-set");
            sets.add(box);
        }
    }

    private void merge(CounterpartRef first, CounterpartRef other) {
        new MergeDialog(service, first, other, this::count, merge -> {
                    show();
                    onMerged.run();
                })
                .open();
    }

    private String count(long counterpartId) {
        long count = meetings.countFor(counterpartId);
        return count == 1
                ? getTranslation("counterpart.duplicates.meetings.one")
                : getTranslation("counterpart.duplicates.meetings.other", String.valueOf(count));
    }
}
