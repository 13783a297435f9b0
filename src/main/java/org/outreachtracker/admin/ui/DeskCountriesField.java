package org.outreachtracker.admin.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Set;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.RegionRef;
import org.outreachtracker.reference.ui.CountryChooser;

/**
 * Picks the countries of a desk officer's desk: quickly by bureau (add or remove all its
 * countries), then country by country. Shows how many are chosen and which, by bureau.
 */
class DeskCountriesField extends AbstractCompositeField<Div, DeskCountriesField, Set<Long>> {

    final CountryChooser chooser;
    private boolean showingValue;

    DeskCountriesField(List<RegionRef> regions, List<CountryRef> countries) {
        super(Set.of());
        chooser = new CountryChooser("Desk countries", regions, countries,
                n -> n == 1 ? "1 desk country" : n + " desk countries",
                "No desk countries yet. Choose a bureau and add its countries, or type a country name.");
        chooser.countries.addValueChangeListener(event -> {
            if (!showingValue) {
                setModelValue(chooser.chosenIds(), true);
            }
        });
        getContent().add(chooser);
    }

    @Override
    protected void setPresentationValue(Set<Long> value) {
        showingValue = true;
        try {
            chooser.choose(value);
        } finally {
            showingValue = false;
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        chooser.setPickerVisible(!readOnly);
    }
}
