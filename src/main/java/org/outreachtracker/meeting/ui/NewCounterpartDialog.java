package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.HiddenCharacterWarning;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.counterpart.SameCounterpart;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ui.CountryNames;

/**
 * Adds someone who is not in the counterpart directory to the meeting, without leaving the form.
 * Nothing is written yet: the person joins the directory when the meeting is saved. When the
 * directory already lists the same person (same name and organization in the country, as the
 * import decides), the dialog offers that entry instead of a second one.
 */
class NewCounterpartDialog extends EditDialog {

    /** What the officer chose: a person already listed, or a new one. */
    interface Choice {
        void listed(CounterpartRef existing);

        void fresh(CounterpartDraft person);
    }

    static final class Bean {
        String name = "";
        String title = "";
        String organization = "";
        CounterpartLevel level = CounterpartLevel.SENIOR_OFFICIAL;
    }

    private final Div sameAs = new Div();
    /** People of the country whose names are spelled like the one typed, offered while typing. */
    final Div likely = new Div();

    NewCounterpartDialog(
            CounterpartService counterparts, CountryRef country, Collection<CounterpartRef> chosen, Choice choice) {
        super(
                Translations.text("meeting.newCounterpart.title", CountryNames.of(country)),
                Translations.text("meeting.newCounterpart.add"),
                null);
        var name = new TextField(getTranslation("meeting.newCounterpart.name"));
        var title = new TextField(getTranslation("meeting.newCounterpart.jobTitle"));
        var organization = new TextField(getTranslation("meeting.newCounterpart.organization"));
        organization.setPlaceholder(getTranslation("meeting.newCounterpart.organization.placeholder"));
        List.of(name, title, organization).forEach(HiddenCharacterWarning::watch);
        var level = new Select<CounterpartLevel>();
        level.setLabel(getTranslation("meeting.newCounterpart.level"));
        level.setItems(CounterpartLevel.values());
        level.setItemLabelGenerator(Translations::label);

        var binder = new Binder<Bean>();
        binder.forField(name)
                .asRequired(getTranslation("meeting.newCounterpart.name.required"))
                .withValidator(TextLimits.validator(200, getTranslation("meeting.newCounterpart.name.name")))
                .bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(title)
                .asRequired(getTranslation("meeting.newCounterpart.jobTitle.required"))
                .withValidator(TextLimits.validator(200, getTranslation("meeting.newCounterpart.jobTitle.name")))
                .bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(organization)
                .asRequired(getTranslation("meeting.newCounterpart.organization.required"))
                .withValidator(TextLimits.validator(200, getTranslation("meeting.newCounterpart.organization.name")))
                .bind(b -> b.organization, (b, v) -> b.organization = v);
        binder.forField(level)
                .withValidator(Objects::nonNull, getTranslation("meeting.newCounterpart.level.required"))
                .bind(b -> b.level, (b, v) -> b.level = v);
        var bean = new Bean();
        binder.readBean(bean);
        name.addValueChangeListener(event -> {
            sameAs.removeAll();
            showLikely(counterparts, country, event.getValue(), choice);
        });
        organization.addValueChangeListener(event -> sameAs.removeAll());

        onSave(
                () -> written(binder, bean)
                        .get()
                        .flatMap(written -> notListedYet(counterparts, country, chosen, written, choice)),
                choice::fresh);
        saveOnEnter();
        var when = new Paragraph(getTranslation("meeting.newCounterpart.when"));
        when.addClassName("dialog-note");
        sameAs.addClassName("same-counterpart");
        sameAs.getElement().setAttribute("role", "status");
        likely.addClassName("likely-duplicates");
        likely.getElement().setAttribute("role", "status");
        add(when, new FormLayout(name, title, organization, level), likely, sameAs);
        name.focus();
    }

    /**
     * The person to add, or empty when they are already among the meeting's counterparts or in the
     * directory (then the dialog says so, and offers the directory's entry).
     */
    private Optional<CounterpartDraft> notListedYet(
            CounterpartService counterparts,
            CountryRef country,
            Collection<CounterpartRef> chosen,
            Bean written,
            Choice choice) {
        var person =
                new CounterpartDraft(written.name, written.title, written.organization, country.id(), written.level);
        var already =
                chosen.stream().filter(c -> SameCounterpart.same(person, c)).findFirst();
        if (already.isPresent()) {
            sameAs.removeAll();
            sameAs.add(new Paragraph(getTranslation(
                    "meeting.newCounterpart.alreadyChosen",
                    already.get().name(),
                    already.get().organization())));
            return Optional.empty();
        }
        List<CounterpartRef> listed = counterparts.sameAs(person);
        if (!listed.isEmpty()) {
            showSame(listed, choice);
            return Optional.empty();
        }
        return Optional.of(person);
    }

    /** Offers the directory's people of the country whose names are spelled like the one typed. */
    private void showLikely(CounterpartService counterparts, CountryRef country, String typed, Choice choice) {
        likely.removeAll();
        if (typed == null || typed.isBlank()) {
            return;
        }
        List<CounterpartRef> found = counterparts.likelyDuplicates(
                new CounterpartDraft(typed, "", "", country.id(), CounterpartLevel.OTHER));
        if (found.isEmpty()) {
            return;
        }
        likely.add(new Paragraph(getTranslation("meeting.newCounterpart.likely")));
        for (CounterpartRef existing : found) {
            likely.add(useButton(existing, choice));
        }
    }

    /** Says the person is already there, and offers the directory's entry. */
    private void showSame(List<CounterpartRef> listed, Choice choice) {
        likely.removeAll();
        sameAs.removeAll();
        sameAs.add(new Paragraph(getTranslation(
                listed.size() == 1 ? "meeting.newCounterpart.sameOne" : "meeting.newCounterpart.sameSeveral")));
        for (CounterpartRef existing : listed) {
            sameAs.add(useButton(existing, choice));
        }
    }

    /** Chooses a listed person for the meeting instead of adding one. */
    private Button useButton(CounterpartRef existing, Choice choice) {
        var use = new Button(
                getTranslation("meeting.newCounterpart.use", existing.describe(), Translations.label(existing.level())),
                event -> {
                    choice.listed(existing);
                    close();
                });
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        use.addClassName("use-listed");
        return use;
    }
}
