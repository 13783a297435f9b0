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

    final Checkbox allCountries = new Checkbox(getTranslation("campaign.targets.all"));
    final CountryChooser chooser;
    private boolean showingValue;

    TargetCountriesField(List<BureauRef> bureaus, List<CountryRef> countries) {
        super(TargetCountries.NONE);
        chooser = new CountryChooser(
                getTranslation("campaign.targets.countries"),
                bureaus,
                countries,
                n -> n == 1
                        ? getTranslation("campaign.targets.count.one")
                        : getTranslation("campaign.targets.count.many", n),
                getTranslation("campaign.targets.empty"));
        allCountries.setHelperText(getTranslation("campaign.targets.all.helper"));
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
            chooser.showSummary(getTranslation("campaign.targets.allSummary", chooser.availableStates()));
        } else {
            chooser.setEmptyText(
                    getTranslation(isReadOnly() ? "campaign.targets.empty" : "campaign.targets.emptyHint"));
        }
    }
}
