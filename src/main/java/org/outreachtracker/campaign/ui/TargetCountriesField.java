package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ui.CountryChooser;

/**
 * Picks a campaign's target countries: all countries (every UN member and observer state), or a
 * list built quickly by bureau and refined country by country, where territories and other areas
 * are added only on request. Shows how many are chosen and which, grouped by bureau.
 */
class TargetCountriesField extends AbstractCompositeField<Div, TargetCountriesField, TargetCountries> {

    private static final String EMPTY = "No target countries yet.";

    final Checkbox allCountries = new Checkbox("All countries");
    final CountryChooser chooser;
    private boolean showingValue;

    TargetCountriesField(List<BureauRef> bureaus, List<CountryRef> countries) {
        super(TargetCountries.NONE);
        chooser = new CountryChooser(
                "Countries", bureaus, countries, n -> n == 1 ? "1 target country" : n + " target countries", EMPTY);
        allCountries.setHelperText("Every UN member and observer state, including any added to the reference data"
                + " later. Territories and other areas (such as Puerto Rico or Pitcairn) are not included: to target"
                + " them, choose the countries instead.");
        allCountries.addValueChangeListener(event -> changed());
        chooser.countries.addValueChangeListener(event -> changed());
        getContent().addClassName("target-countries");
        getContent().add(allCountries, chooser);
        refresh();
    }

    @Override
    protected void setPresentationValue(TargetCountries value) {
        showingValue = true;
        try {
            allCountries.setValue(value.allCountries());
            chooser.choose(value.countryIds());
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

    /** A change made with the inner fields (not by showing a new value) changes the field's value. */
    private void changed() {
        refresh();
        if (!showingValue) {
            setModelValue(new TargetCountries(allCountries.getValue(), chooser.chosenIds()), true);
        }
    }

    private void refresh() {
        boolean all = allCountries.getValue();
        chooser.setPickerVisible(!all && !isReadOnly());
        if (all) {
            chooser.showSummary("All countries: the " + chooser.availableStates() + " UN member and observer states");
        } else {
            chooser.setEmptyText(
                    isReadOnly()
                            ? EMPTY
                            : EMPTY + " Tick \u201cAll countries\u201d, or choose a bureau and add its countries.");
        }
    }
}
