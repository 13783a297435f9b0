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

/**
 * The fields of a counterpart, with their validation messages next to them. The country
 * choices are those the user may work with (a desk officer's desk countries; all for managers).
 */
class CounterpartForm extends Composite<FormLayout> {

    private static final int MAX = 200;

    final TextField name = new TextField("Name");
    final TextField title = new TextField("Title");
    final TextField organization = new TextField("Organization");
    final ComboBox<CountryRef> country = new ComboBox<>("Country");
    final Select<CounterpartLevel> level = new Select<>();

    /** Shown when an edit changes the title or organization: a new position, or a correction? */
    final RadioButtonGroup<Boolean> newPosition = new RadioButtonGroup<>("The new title or organization is");
    /** The first day of the new position, when it is one. */
    final DatePicker since = DateFields.configure(new DatePicker("In the new position since"));

    private final Binder<Values> binder = new Binder<>();
    private final List<CountryRef> countries;
    private CounterpartRef existing;

    /** @param countryHelp shown under the country field (e.g. that only desk countries are offered), or null */
    CounterpartForm(List<CountryRef> countries, String countryHelp) {
        this.countries = countries;
        name.setPlaceholder("e.g. Amina Okafor");
        title.setPlaceholder("e.g. Director-General");
        organization.setPlaceholder("e.g. Ministry of Foreign Affairs");
        for (TextField field : List.of(name, title, organization)) {
            HiddenCharacterWarning.watch(field);
        }
        country.setItems(countries);
        country.setItemLabelGenerator(CountryRef::name);
        country.setHelperText(countryHelp);
        level.setLabel("Level");
        level.setItems(CounterpartLevel.values());
        level.setItemLabelGenerator(CounterpartLevel::label);
        level.setPlaceholder("Choose the level");

        binder.forField(name)
                .asRequired("Enter the name.")
                .withValidator(TextLimits.validator(MAX, "The name"))
                .bind(Values::getName, Values::setName);
        binder.forField(title)
                .asRequired("Enter the title.")
                .withValidator(TextLimits.validator(MAX, "The title"))
                .bind(Values::getTitle, Values::setTitle);
        binder.forField(organization)
                .asRequired("Enter the organization.")
                .withValidator(TextLimits.validator(MAX, "The organization"))
                .bind(Values::getOrganization, Values::setOrganization);
        binder.forField(country).asRequired("Choose the country.").bind(Values::getCountry, Values::setCountry);
        binder.forField(level)
                .withValidator(Objects::nonNull, "Choose the level.")
                .bind(Values::getLevel, Values::setLevel);

        newPosition.setItems(true, false);
        newPosition.setItemLabelGenerator(isNew ->
                isNew ? "A new position (the current one is kept in the history)" : "A correction of a mistake");
        newPosition.setValue(true);
        newPosition.addValueChangeListener(event -> showPositionChange());
        since.setRequiredIndicatorVisible(true);
        since.setHelperText("Meetings before this day show the earlier title.");
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
        DateFields.notAfter(since, today, "A new position cannot begin after today.");
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
            since.setErrorMessage("Enter the day the new position began.");
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
