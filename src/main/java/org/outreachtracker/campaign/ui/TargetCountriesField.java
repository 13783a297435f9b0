package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.RegionRef;

/**
 * Picks a campaign's target countries: all countries, or a list built quickly by bureau and
 * refined country by country. Shows how many are chosen and which, grouped by bureau.
 */
class TargetCountriesField extends AbstractCompositeField<Div, TargetCountriesField, TargetCountries> {

    final Checkbox allCountries = new Checkbox("All countries");
    final Select<RegionRef> bureau = new Select<>();
    final Button addBureau = new Button("Add all countries of this bureau", VaadinIcon.PLUS.create());
    final Button removeBureau = new Button("Remove all of this bureau", VaadinIcon.MINUS.create());
    final MultiSelectComboBox<CountryRef> countries = new MultiSelectComboBox<>("Countries");
    final Span count = new Span();
    private final Div groups = new Div();
    private final Div picker = new Div();

    private final List<RegionRef> regions;
    private final List<CountryRef> allCountryRefs;
    private final Map<Long, CountryRef> byId;
    private boolean showingValue;

    TargetCountriesField(List<RegionRef> regions, List<CountryRef> countryRefs) {
        super(TargetCountries.NONE);
        this.regions = List.copyOf(regions);
        this.allCountryRefs = countryRefs.stream().sorted(Comparator.comparing(CountryRef::name)).toList();
        this.byId = allCountryRefs.stream().collect(Collectors.toMap(CountryRef::id, c -> c));

        allCountries.setHelperText("Every country, including any added to the reference data later");
        bureau.setLabel("Bureau");
        bureau.setPlaceholder("Choose a bureau");
        bureau.setItems(this.regions);
        bureau.setItemLabelGenerator(RegionRef::name);
        bureau.addValueChangeListener(event -> updateBureauButtons());
        addBureau.addClickListener(event -> changeBureau(true));
        removeBureau.addClickListener(event -> changeBureau(false));
        updateBureauButtons();

        countries.setItems(allCountryRefs);
        countries.setItemLabelGenerator(CountryRef::name);
        countries.setSelectedItemsOnTop(true);
        countries.setClearButtonVisible(true);
        countries.setPlaceholder("Type a country name");
        countries.setHelperText("Add or remove single countries");
        countries.setWidthFull();

        allCountries.addValueChangeListener(event -> changed());
        countries.addValueChangeListener(event -> changed());

        var bureauRow = new Div(bureau, addBureau, removeBureau);
        bureauRow.addClassName("target-bureau-row");
        picker.add(bureauRow, countries);
        picker.addClassName("target-picker");
        count.addClassName("target-count");
        groups.addClassName("target-groups");
        var summary = new Div(count, groups);
        summary.addClassName("target-summary");

        getContent().addClassName("target-countries");
        getContent().add(allCountries, picker, summary);
        refresh();
    }

    @Override
    protected void setPresentationValue(TargetCountries value) {
        showingValue = true;
        try {
            allCountries.setValue(value.allCountries());
            countries.setValue(inNameOrder(value.countryIds().stream().map(byId::get)
                    .filter(Objects::nonNull).collect(Collectors.toSet())));
        } finally {
            showingValue = false;
        }
        refresh();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        allCountries.setVisible(!readOnly);
        refresh();
    }

    private TargetCountries current() {
        return new TargetCountries(allCountries.getValue(),
                countries.getValue().stream().map(CountryRef::id).collect(Collectors.toSet()));
    }

    /** A change made with the inner fields (not by showing a new value) changes the field's value. */
    private void changed() {
        refresh();
        if (!showingValue) {
            setModelValue(current(), true);
        }
    }

    private void changeBureau(boolean add) {
        RegionRef region = bureau.getValue();
        if (region == null) {
            return;
        }
        Set<CountryRef> chosen = new HashSet<>(countries.getValue());
        List<CountryRef> ofBureau = allCountryRefs.stream().filter(c -> c.regionId() == region.id()).toList();
        if (add) {
            chosen.addAll(ofBureau);
        } else {
            ofBureau.forEach(chosen::remove);
        }
        countries.setValue(inNameOrder(chosen));
    }

    /** The chosen countries in alphabetical order, so that the chips read like the list below. */
    private Set<CountryRef> inNameOrder(Set<CountryRef> chosen) {
        return allCountryRefs.stream().filter(chosen::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void updateBureauButtons() {
        boolean chosen = bureau.getValue() != null;
        addBureau.setEnabled(chosen);
        removeBureau.setEnabled(chosen);
    }

    private void refresh() {
        boolean all = allCountries.getValue();
        picker.setVisible(!all && !isReadOnly());
        groups.removeAll();
        if (all) {
            count.setText("All countries (" + allCountryRefs.size() + ")");
            return;
        }
        Set<CountryRef> chosen = countries.getValue();
        if (chosen.isEmpty()) {
            count.setText(isReadOnly() ? "No target countries yet."
                    : "No target countries yet. Tick \u201cAll countries\u201d, or choose a bureau and add its countries.");
            return;
        }
        count.setText(chosen.size() == 1 ? "1 target country" : chosen.size() + " target countries");
        Map<Long, List<CountryRef>> perRegion = new LinkedHashMap<>();
        regions.forEach(region -> perRegion.put(region.id(), new ArrayList<>()));
        allCountryRefs.stream().filter(chosen::contains)
                .forEach(c -> perRegion.computeIfAbsent(c.regionId(), id -> new ArrayList<>()).add(c));
        for (RegionRef region : regions) {
            List<CountryRef> picked = perRegion.get(region.id());
            if (picked.isEmpty()) {
                continue;
            }
            long ofRegion = allCountryRefs.stream().filter(c -> c.regionId() == region.id()).count();
            var name = new Span(region.name());
            name.addClassName("target-group-name");
            var tally = new Span(picked.size() + " of " + ofRegion);
            tally.addClassName("target-group-tally");
            var list = new Span(picked.stream().map(CountryRef::name).collect(Collectors.joining(", ")));
            list.addClassName("target-group-list");
            var group = new Div(name, tally, list);
            group.addClassName("target-group");
            groups.add(group);
        }
    }
}
