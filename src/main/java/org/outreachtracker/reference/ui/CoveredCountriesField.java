package org.outreachtracker.reference.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.RegionRef;

/**
 * The countries a post covers, picked quickly: all countries of a bureau at once (and taken away
 * again), single countries in a multi-select, with the count and a tally per bureau. The value is
 * the set of country ids.
 */
class CoveredCountriesField extends AbstractCompositeField<Div, CoveredCountriesField, Set<Long>>
        implements HasValidation {

    final Select<RegionRef> bureau = new Select<>();
    final Button addBureau = new Button("Add all of this bureau", VaadinIcon.PLUS.create());
    final Button removeBureau = new Button("Remove all of this bureau", VaadinIcon.MINUS.create());
    final MultiSelectComboBox<CountryRef> countries = new MultiSelectComboBox<>("Covered countries");
    final Span count = new Span();
    private final Div tallies = new Div();

    private final List<RegionRef> regions;
    private final List<CountryRef> allCountries;
    private final Map<Long, CountryRef> byId;
    private boolean showingValue;

    CoveredCountriesField(List<RegionRef> regions, List<CountryRef> countryRefs) {
        super(Set.of());
        this.regions = List.copyOf(regions);
        this.allCountries = countryRefs.stream().sorted(Comparator.comparing(CountryRef::name)).toList();
        this.byId = allCountries.stream().collect(Collectors.toMap(CountryRef::id, c -> c));

        bureau.setLabel("Bureau");
        bureau.setPlaceholder("Choose a bureau");
        bureau.setItems(this.regions);
        bureau.setItemLabelGenerator(RegionRef::name);
        bureau.addValueChangeListener(event -> updateBureauButtons());
        addBureau.addClickListener(event -> changeBureau(true));
        removeBureau.addClickListener(event -> changeBureau(false));
        updateBureauButtons();

        countries.setItems(allCountries);
        countries.setItemLabelGenerator(CountryRef::name);
        countries.setSelectedItemsOnTop(true);
        countries.setClearButtonVisible(true);
        countries.setPlaceholder("Type a country name");
        countries.setHelperText("Add or remove single countries");
        countries.setManualValidation(true);
        countries.setWidthFull();
        countries.addValueChangeListener(event -> changed());

        var bureauRow = new Div(bureau, addBureau, removeBureau);
        bureauRow.addClassName("covered-bureau-row");
        count.addClassName("covered-count");
        count.getElement().setAttribute("aria-live", "polite");
        tallies.addClassName("covered-tallies");
        getContent().addClassName("covered-countries");
        getContent().add(bureauRow, countries, count, tallies);
        refresh();
    }

    /** Adds one country (the host country, say) unless it is there already. */
    void include(long countryId) {
        CountryRef country = byId.get(countryId);
        if (country != null && !countries.getValue().contains(country)) {
            Set<CountryRef> chosen = new HashSet<>(countries.getValue());
            chosen.add(country);
            countries.setValue(inNameOrder(chosen));
        }
    }

    @Override
    protected void setPresentationValue(Set<Long> value) {
        showingValue = true;
        try {
            countries.setValue(inNameOrder(value.stream().map(byId::get).filter(Objects::nonNull)
                    .collect(Collectors.toSet())));
        } finally {
            showingValue = false;
        }
        refresh();
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        countries.setErrorMessage(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return countries.getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        countries.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return countries.isInvalid();
    }

    /** A change made with the inner fields (not by showing a new value) changes the field's value. */
    private void changed() {
        refresh();
        if (!showingValue) {
            setModelValue(countries.getValue().stream().map(CountryRef::id).collect(Collectors.toSet()), true);
        }
    }

    private void changeBureau(boolean add) {
        RegionRef region = bureau.getValue();
        if (region == null) {
            return;
        }
        Set<CountryRef> chosen = new HashSet<>(countries.getValue());
        List<CountryRef> ofBureau = allCountries.stream().filter(c -> c.regionId() == region.id()).toList();
        if (add) {
            chosen.addAll(ofBureau);
        } else {
            ofBureau.forEach(chosen::remove);
        }
        countries.setValue(inNameOrder(chosen));
    }

    /** The chosen countries in alphabetical order, so that the chips read like a list. */
    private Set<CountryRef> inNameOrder(Set<CountryRef> chosen) {
        return allCountries.stream().filter(chosen::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void updateBureauButtons() {
        boolean chosen = bureau.getValue() != null;
        addBureau.setEnabled(chosen);
        removeBureau.setEnabled(chosen);
    }

    private void refresh() {
        Set<CountryRef> chosen = countries.getValue();
        tallies.removeAll();
        count.setClassName("covered-count-empty", chosen.isEmpty());
        if (chosen.isEmpty()) {
            count.setText("No countries yet. Choose a bureau and add its countries, or type a country name.");
            return;
        }
        count.setText(chosen.size() == 1 ? "1 country covered" : chosen.size() + " countries covered");
        Map<Long, Long> perRegion = chosen.stream()
                .collect(Collectors.groupingBy(CountryRef::regionId, Collectors.counting()));
        for (RegionRef region : regions) {
            Long picked = perRegion.get(region.id());
            if (picked == null) {
                continue;
            }
            long ofRegion = allCountries.stream().filter(c -> c.regionId() == region.id()).count();
            var tally = new Span(region.name() + ": " + picked + " of " + ofRegion);
            tally.addClassName("covered-tally");
            tallies.add(tally);
        }
    }
}
