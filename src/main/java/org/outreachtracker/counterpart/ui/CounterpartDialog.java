package org.outreachtracker.counterpart.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.reference.CountryRef;

/**
 * Adds a counterpart or changes one. A refusal by the service (desk rules, a stale edit) is
 * shown as its message and the dialog stays open with the user's input; so is an entry that
 * would be a second one for a person the directory already lists. An edit that changes the title
 * or organization asks whether the counterpart took up a new position (and since when: the old one
 * is kept in the position history) or whether it corrects a mistake.
 */
public class CounterpartDialog extends EditDialog {

    final CounterpartForm form;
    /** For a new counterpart: the people of that country whose names are spelled alike. */
    final Div likely = new Div();

    /**
     * @param countries the countries the user may choose (their desk countries; all for managers)
     * @param countryHelp shown under the country field, or {@code null}
     * @param existing the counterpart to change, or {@code null} to add one
     * @param today the latest day a new position of an existing counterpart can begin
     * @param onSaved told about the saved counterpart after the dialog closed
     */
    public CounterpartDialog(
            CounterpartService service,
            List<CountryRef> countries,
            String countryHelp,
            CounterpartRef existing,
            LocalDate today,
            Consumer<CounterpartRef> onSaved) {
        super(
                Translations.text(existing == null ? "counterpart.dialog.new" : "counterpart.dialog.edit"),
                Translations.text("counterpart.dialog.save"),
                "min(40rem, 100vw)");
        form = new CounterpartForm(countries, countryHelp);
        form.show(existing, today);
        add(form);
        if (existing == null) {
            likely.addClassName("likely-duplicates");
            likely.setId("likely-duplicates");
            likely.getElement().setAttribute("aria-live", "polite");
            add(likely);
            form.name.addValueChangeListener(event -> showLikely(service));
            form.country.addValueChangeListener(event -> showLikely(service));
        }

        onSave(
                () -> form.draft().filter(draft -> notListedYet(service, existing, draft)),
                draft -> existing == null ? service.create(draft) : change(service, existing, draft),
                (draft, saved) -> existing == null
                        ? getTranslation("counterpart.dialog.added", saved.name())
                        : getTranslation("counterpart.dialog.saved", saved.name()),
                onSaved);
        focusOnOpen(form::focus);
    }

    /** Lists the directory's people of the chosen country whose names are spelled like the one typed. */
    private void showLikely(CounterpartService service) {
        likely.removeAll();
        if (form.country.getValue() == null || form.name.getValue().isBlank()) {
            return;
        }
        List<CounterpartRef> found = service.likelyDuplicates(new CounterpartDraft(
                form.name.getValue(), "", "", form.country.getValue().id(), CounterpartLevel.OTHER));
        if (found.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        found.forEach(person -> list.add(new ListItem(person.describe())));
        likely.add(new Paragraph(getTranslation("counterpart.dialog.likely")), list);
    }

    /** Saves an edit: a new title or organization as a new position from the day given, or as a correction. */
    private CounterpartRef change(CounterpartService service, CounterpartRef existing, CounterpartDraft draft) {
        return form.positionSince()
                .map(since -> service.changePosition(existing.id(), existing.version(), draft, since))
                .orElseGet(() -> service.correct(existing.id(), existing.version(), draft));
    }

    /** Whether the directory has no other entry for the same person; if it has, says so. */
    private static boolean notListedYet(CounterpartService service, CounterpartRef existing, CounterpartDraft draft) {
        Optional<CounterpartRef> same = service.sameAs(draft).stream()
                .filter(c -> existing == null || c.id() != existing.id())
                .findFirst();
        same.ifPresent(
                other -> Notifications.error(Translations.text("counterpart.dialog.alreadyListed", other.describe())));
        return same.isEmpty();
    }
}
