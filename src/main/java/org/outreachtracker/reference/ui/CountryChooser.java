package org.outreachtracker.reference.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;

/**
 * Chooses a set of countries quickly: a bureau's UN member and observer states added at once
 * (its dependent territories and other areas, such as Christmas Island or Pitcairn, only on
 * request, with a button of their own), a whole bureau taken away at once, single countries in a
 * multi-select, and under them how many are chosen and which, by bureau. The fields that choose a
 * desk officer's desk, a post's coverage and a campaign's targets are built on it; they decide
 * what their value is and what the count says.
 */
public class CountryChooser extends Composite<Div> {

    public final Select<BureauRef> bureau = new Select<>();
    public final Button addBureau =
            new Button(Translations.text("reference.chooser.addStates"), VaadinIcon.PLUS.create());
    public final Button addOthers =
            new Button(Translations.text("reference.chooser.addOthers"), VaadinIcon.PLUS.create());
    public final Button removeBureau =
            new Button(Translations.text("reference.chooser.removeBureau"), VaadinIcon.MINUS.create());
    public final MultiSelectComboBox<CountryRef> countries;
    public final Span count = new Span();
    private final Div picker = new Div();
    private final Div groups = new Div();

    private final List<BureauRef> bureaus;
    private final List<CountryRef> allCountries;
    private final Map<Long, CountryRef> byId;
    private final IntFunction<String> countText;
    private String emptyText;

    /**
     * @param label     the multi-select's label ("Desk countries")
     * @param countText what the count says for n chosen countries, n ≥ 1 ("3 desk countries")
     * @param emptyText what it says when none is chosen
     */
    public CountryChooser(
            String label,
            List<BureauRef> bureaus,
            List<CountryRef> countryRefs,
            IntFunction<String> countText,
            String emptyText) {
        this.bureaus = List.copyOf(bureaus);
        this.allCountries =
                countryRefs.stream().sorted(Formats.byName(CountryNames::of)).toList();
        this.byId = allCountries.stream().collect(Collectors.toMap(CountryRef::id, c -> c));
        this.countText = countText;
        this.emptyText = emptyText;

        bureau.setLabel(Translations.text("reference.chooser.bureau"));
        bureau.setPlaceholder(Translations.text("reference.chooser.bureau.placeholder"));
        bureau.setItems(this.bureaus);
        bureau.setItemLabelGenerator(BureauRef::name);
        bureau.addValueChangeListener(event -> updateBureauButtons());
        addBureau.addClickListener(event -> addOfBureau(CountryRef::isState));
        addOthers.addClickListener(event -> addOfBureau(country -> !country.isState()));
        removeBureau.addClickListener(event -> removeBureau());
        updateBureauButtons();

        countries = new MultiSelectComboBox<>(label);
        countries.setItems(allCountries);
        countries.setItemLabelGenerator(CountryNames::of);
        countries.setSelectedItemsOnTop(true);
        countries.setClearButtonVisible(true);
        countries.setPlaceholder(Translations.text("reference.chooser.countries.placeholder"));
        countries.setHelperText(Translations.text("reference.chooser.countries.helper"));
        countries.setWidthFull();
        countries.addValueChangeListener(event -> refresh());

        var bureauRow = new Div(bureau, addBureau, addOthers, removeBureau);
        bureauRow.addClassName("country-chooser-bureau-row");
        var bureauHelp = new Span(Translations.text("reference.chooser.help"));
        bureauHelp.addClassName("country-chooser-help");
        picker.add(bureauRow, bureauHelp, countries);
        picker.addClassName("country-chooser-picker");
        count.addClassName("country-chooser-count");
        count.getElement().setAttribute("aria-live", "polite");
        groups.addClassName("country-chooser-groups");
        getContent().addClassName("country-chooser");
        getContent().add(picker, count, groups);
        refresh();
    }

    /** The ids of the chosen countries. */
    public Set<Long> chosenIds() {
        return countries.getValue().stream().map(CountryRef::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Shows these countries as chosen (unknown ids are passed over). */
    public void choose(Collection<Long> countryIds) {
        countries.setValue(inNameOrder(
                countryIds.stream().map(byId::get).filter(Objects::nonNull).collect(Collectors.toSet())));
    }

    /** Adds one country unless it is chosen already. */
    public void include(long countryId) {
        CountryRef country = byId.get(countryId);
        if (country != null && !countries.getValue().contains(country)) {
            Set<CountryRef> chosen = new HashSet<>(countries.getValue());
            chosen.add(country);
            countries.setValue(inNameOrder(chosen));
        }
    }

    /** How many countries there are to choose from. */
    public int available() {
        return allCountries.size();
    }

    /** How many of them are UN member or observer states. */
    public int availableStates() {
        return (int) allCountries.stream().filter(CountryRef::isState).count();
    }

    /** Shows or hides the bureau row and the multi-select (the count and the groups stay). */
    public void setPickerVisible(boolean visible) {
        picker.setVisible(visible);
    }

    public void setEmptyText(String emptyText) {
        this.emptyText = emptyText;
        refresh();
    }

    /** Replaces the count and the groups with one line, for a choice that is not a list ("All countries"). */
    public void showSummary(String text) {
        groups.removeAll();
        count.removeClassName("country-chooser-count-empty");
        count.setText(text);
    }

    /** Shows the count and, per bureau, the chosen countries. */
    public void refresh() {
        groups.removeAll();
        Set<CountryRef> chosen = countries.getValue();
        count.setClassName("country-chooser-count-empty", chosen.isEmpty());
        if (chosen.isEmpty()) {
            count.setText(emptyText);
            return;
        }
        count.setText(countText.apply(chosen.size()));
        for (BureauRef bureau : bureaus) {
            List<CountryRef> picked = allCountries.stream()
                    .filter(c -> c.bureauId() == bureau.id() && chosen.contains(c))
                    .toList();
            if (picked.isEmpty()) {
                continue;
            }
            long states = allCountries.stream()
                    .filter(c -> c.bureauId() == bureau.id() && c.isState())
                    .count();
            long pickedStates = picked.stream().filter(CountryRef::isState).count();
            long pickedOthers = picked.size() - pickedStates;
            var name = new Span(bureau.name());
            name.addClassName("country-chooser-group-name");
            var tally = new Span(
                    pickedOthers == 0
                            ? Translations.text("reference.chooser.tally", pickedStates, states)
                            : Translations.text(
                                    "reference.chooser.tallyWithOthers", pickedStates, states, pickedOthers));
            tally.addClassName("country-chooser-group-tally");
            var list = new Span(picked.stream().map(CountryNames::of).collect(Collectors.joining(", ")));
            var group = new Div(name, tally, list);
            group.addClassName("country-chooser-group");
            groups.add(group);
        }
    }

    /** Adds the chosen bureau's countries that pass the test. */
    private void addOfBureau(Predicate<CountryRef> which) {
        BureauRef selected = bureau.getValue();
        if (selected == null) {
            return;
        }
        Set<CountryRef> chosen = new HashSet<>(countries.getValue());
        allCountries.stream()
                .filter(c -> c.bureauId() == selected.id() && which.test(c))
                .forEach(chosen::add);
        countries.setValue(inNameOrder(chosen));
    }

    /** Takes away every country of the chosen bureau, states and others alike. */
    private void removeBureau() {
        BureauRef selected = bureau.getValue();
        if (selected == null) {
            return;
        }
        Set<CountryRef> chosen = new HashSet<>(countries.getValue());
        chosen.removeIf(c -> c.bureauId() == selected.id());
        countries.setValue(inNameOrder(chosen));
    }

    /** The chosen countries in alphabetical order, so that the chips read like the list below. */
    private Set<CountryRef> inNameOrder(Set<CountryRef> chosen) {
        return allCountries.stream().filter(chosen::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void updateBureauButtons() {
        BureauRef selected = bureau.getValue();
        boolean chosen = selected != null;
        addBureau.setEnabled(chosen);
        addOthers.setEnabled(
                chosen && allCountries.stream().anyMatch(c -> c.bureauId() == selected.id() && !c.isState()));
        removeBureau.setEnabled(chosen);
    }
}
