package org.outreachtracker.admin.ui;

import com.vaadin.flow.component.AbstractCompositeField;
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
 * Picks the countries of a desk officer's desk: quickly by bureau (add or remove all its
 * countries), then country by country. Shows how many are chosen and which, by bureau.
 */
class DeskCountriesField extends AbstractCompositeField<Div, DeskCountriesField, Set<Long>> {

    final Select<RegionRef> bureau = new Select<>();
    final Button addBureau = new Button("Add all of this bureau", VaadinIcon.PLUS.create());
    final Button removeBureau = new Button("Remove all of this bureau", VaadinIcon.MINUS.create());
    final MultiSelectComboBox<CountryRef> countries = new MultiSelectComboBox<>("Desk countries");
    private final Span count = new Span();
    private final Div groups = new Div();
    private final Div picker = new Div();

    private final List<RegionRef> regions;
    private final List<CountryRef> allCountries;
    private final Map<Long, CountryRef> byId;
    private boolean showingValue;

    DeskCountriesField(List<RegionRef> regions, List<CountryRef> countryRefs) {
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
        countries.setWidthFull();
        countries.addValueChangeListener(event -> {
            refresh();
            if (!showingValue) {
                setModelValue(current(), event.isFromClient());
            }
        });

        var bureauRow = new Div(bureau, addBureau, removeBureau);
        bureauRow.addClassName("desk-bureau-row");
        picker.add(bureauRow, countries);
        picker.addClassName("desk-picker");
        count.addClassName("desk-count");
        groups.addClassName("desk-groups");
        getContent().addClassName("desk-countries");
        getContent().add(picker, count, groups);
        refresh();
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
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        picker.setVisible(!readOnly);
        refresh();
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        bureau.setEnabled(enabled);
        countries.setEnabled(enabled);
        updateBureauButtons();
    }

    private Set<Long> current() {
        return countries.getValue().stream().map(CountryRef::id).collect(Collectors.toUnmodifiableSet());
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
        setModelValue(current(), true);
    }

    private Set<CountryRef> inNameOrder(Set<CountryRef> chosen) {
        return allCountries.stream().filter(chosen::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void updateBureauButtons() {
        boolean usable = isEnabled() && bureau.getValue() != null;
        addBureau.setEnabled(usable);
        removeBureau.setEnabled(usable);
    }

    private void refresh() {
        groups.removeAll();
        Set<CountryRef> chosen = countries.getValue();
        if (chosen.isEmpty()) {
            count.setText("No desk countries yet. Choose a bureau and add its countries, or type a country name.");
            return;
        }
        count.setText(chosen.size() == 1 ? "1 desk country" : chosen.size() + " desk countries");
        for (RegionRef region : regions) {
            List<CountryRef> picked = allCountries.stream()
                    .filter(c -> c.regionId() == region.id() && chosen.contains(c)).toList();
            if (picked.isEmpty()) {
                continue;
            }
            long ofRegion = allCountries.stream().filter(c -> c.regionId() == region.id()).count();
            var name = new Span(region.name());
            name.addClassName("desk-group-name");
            var tally = new Span(picked.size() + " of " + ofRegion);
            tally.addClassName("desk-group-tally");
            var list = new Span(picked.stream().map(CountryRef::name).collect(Collectors.joining(", ")));
            var group = new Div(name, tally, list);
            group.addClassName("desk-group");
            groups.add(group);
        }
    }
}
