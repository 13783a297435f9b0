package org.outreachtracker.counterpart.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.outreachtracker.base.ui.DateFields;
import org.outreachtracker.base.ui.HiddenCharacterWarning;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ui.CountryNames;

/**
 * The fields of a counterpart, with their validation messages next to them. The country
 * choices are those the user may work with (a desk officer's desk countries; all for managers).
 */
class CounterpartForm extends Composite<FormLayout> {

    private static final int MAX = 200;

    final TextField name = new TextField(getTranslation("counterpart.form.name"));
    final TextField title = new TextField(getTranslation("counterpart.form.jobTitle"));
    final TextField organization = new TextField(getTranslation("counterpart.form.organization"));
    final ComboBox<CountryRef> country = new ComboBox<>(getTranslation("counterpart.form.country"));
    final Select<CounterpartLevel> level = new Select<>();

    /** Shown when an edit changes the title or organization: a new position, or a correction? */
    final RadioButtonGroup<Boolean> newPosition =
            new RadioButtonGroup<>(getTranslation("counterpart.form.newPosition"));
    /** The first day of the new position, when it is one. */
    final DatePicker since = DateFields.configure(new DatePicker(getTranslation("counterpart.form.since")));

    private final Binder<Values> binder = new Binder<>();
    private final List<CountryRef> countries;
    private CounterpartRef existing;

    /** @param countryHelp shown under the country field (e.g. that only desk countries are offered), or null */
    CounterpartForm(List<CountryRef> countries, String countryHelp) {
        this.countries = countries;
        name.setPlaceholder(getTranslation("counterpart.form.name.placeholder"));
        title.setPlaceholder(getTranslation("counterpart.form.jobTitle.placeholder"));
        organization.setPlaceholder(getTranslation("counterpart.form.organization.placeholder"));
        for (TextField field : List.of(name, title, organization)) {
            HiddenCharacterWarning.watch(field);
        }
        country.setItems(countries);
        country.setItemLabelGenerator(CountryNames::of);
        country.setHelperText(countryHelp);
        level.setLabel(getTranslation("counterpart.form.level"));
        level.setItems(CounterpartLevel.values());
        level.setItemLabelGenerator(CounterpartLabels::level);
        level.setPlaceholder(getTranslation("counterpart.form.level.placeholder"));

        binder.forField(name)
                .asRequired(getTranslation("counterpart.form.name.required"))
                .withValidator(TextLimits.validator(MAX, getTranslation("counterpart.form.name.what")))
                .bind(Values::getName, Values::setName);
        binder.forField(title)
                .asRequired(getTranslation("counterpart.form.jobTitle.required"))
                .withValidator(TextLimits.validator(MAX, getTranslation("counterpart.form.jobTitle.what")))
                .bind(Values::getTitle, Values::setTitle);
        binder.forField(organization)
                .asRequired(getTranslation("counterpart.form.organization.required"))
                .withValidator(TextLimits.validator(MAX, getTranslation("counterpart.form.organization.what")))
                .bind(Values::getOrganization, Values::setOrganization);
        binder.forField(country)
                .asRequired(getTranslation("counterpart.form.country.required"))
                .bind(Values::getCountry, Values::setCountry);
        binder.forField(level)
                .withValidator(Objects::nonNull, getTranslation("counterpart.form.level.required"))
                .bind(Values::getLevel, Values::setLevel);

        newPosition.setItems(true, false);
        newPosition.setItemLabelGenerator(isNew ->
                getTranslation(isNew ? "counterpart.form.newPosition.yes" : "counterpart.form.newPosition.no"));
        newPosition.setValue(true);
        newPosition.addValueChangeListener(event -> showPositionChange());
        since.setRequiredIndicatorVisible(true);
        since.setHelperText(getTranslation("counterpart.form.since.helper"));
        title.addValueChangeListener(event -> showPositionChange());
        organization.addValueChangeListener(event -> showPositionChange());

        var layout = getContent();
        layout.add(name, title, organization, newPosition, since, country, level);
        layout.setColspan(newPosition, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.setColspan(organization, 2);
    }

    /**
     * Shows a counterpart's values, or empty fields for a new one.
     *
     * @param today the latest day a new position can begin
     */
    void show(CounterpartRef counterpart, LocalDate today) {
        existing = counterpart;
        DateFields.notAfter(since, today, getTranslation("counterpart.form.since.afterToday"));
        since.setValue(today);
        var values = new Values();
        if (counterpart != null) {
            values.name = counterpart.name();
            values.title = counterpart.title();
            values.organization = counterpart.organization();
            values.country = countries.stream()
                    .filter(c -> c.id() == counterpart.countryId())
                    .findFirst()
                    .orElse(null);
            values.level = counterpart.level();
        } else if (countries.size() == 1) {
            values.country = countries.getFirst();
        }
        binder.readBean(values);
        showPositionChange();
    }

    /**
     * When the edit gives a counterpart another title or organization: the day the new position
     * began, or empty when the change corrects a mistake (or is no change of position at all).
     */
    Optional<LocalDate> positionSince() {
        return movesPosition() && Boolean.TRUE.equals(newPosition.getValue())
                ? Optional.ofNullable(since.getValue())
                : Optional.empty();
    }

    /** Whether an edit names another title or organization than the counterpart had. */
    boolean movesPosition() {
        return existing != null
                && (!existing.title().equals(title.getValue().strip())
                        || !existing.organization()
                                .equals(organization.getValue().strip()));
    }

    private void showPositionChange() {
        boolean moves = movesPosition();
        newPosition.setVisible(moves);
        since.setVisible(moves && Boolean.TRUE.equals(newPosition.getValue()));
    }

    /** The entered counterpart, or empty (with the messages shown next to the fields) when something is missing. */
    Optional<CounterpartDraft> draft() {
        var values = new Values();
        if (!binder.writeBeanIfValid(values)) {
            return Optional.empty();
        }
        if (since.isVisible() && since.getValue() == null) {
            since.setErrorMessage(getTranslation("counterpart.form.since.required"));
            since.setInvalid(true);
            return Optional.empty();
        }
        if (since.isVisible() && since.isInvalid()) {
            return Optional.empty();
        }
        return Optional.of(new CounterpartDraft(
                values.name, values.title, values.organization, values.country.id(), values.level));
    }

    void focus() {
        name.focus();
    }

    /** The form's bean: what the fields hold. */
    static final class Values {
        private String name = "";
        private String title = "";
        private String organization = "";
        private CountryRef country;
        private CounterpartLevel level;

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        String getOrganization() {
            return organization;
        }

        void setOrganization(String organization) {
            this.organization = organization;
        }

        CountryRef getCountry() {
            return country;
        }

        void setCountry(CountryRef country) {
            this.country = country;
        }

        CounterpartLevel getLevel() {
            return level;
        }

        void setLevel(CounterpartLevel level) {
            this.level = level;
        }
    }
}
