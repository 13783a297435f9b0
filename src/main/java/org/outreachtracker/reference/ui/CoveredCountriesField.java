package org.outreachtracker.reference.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Set;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.RegionRef;

/**
 * The countries a post covers, picked quickly: all countries of a bureau at once (and taken away
 * again), single countries in a multi-select, with the count and the countries per bureau. The
 * value is the set of country ids.
 */
class CoveredCountriesField extends AbstractCompositeField<Div, CoveredCountriesField, Set<Long>>
        implements HasValidation {

    final CountryChooser chooser;
    private boolean showingValue;

    CoveredCountriesField(List<RegionRef> regions, List<CountryRef> countries) {
        super(Set.of());
        chooser = new CountryChooser("Covered countries", regions, countries,
                n -> n == 1 ? "1 country covered" : n + " countries covered",
                "No countries yet. Choose a bureau and add its countries, or type a country name.");
        chooser.countries.setManualValidation(true);
        chooser.countries.addValueChangeListener(event -> {
            if (!showingValue) {
                setModelValue(chooser.chosenIds(), true);
            }
        });
        getContent().add(chooser);
    }

    /** Adds one country (the host country, say) unless it is there already. */
    void include(long countryId) {
        chooser.include(countryId);
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
    public void setErrorMessage(String errorMessage) {
        chooser.countries.setErrorMessage(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return chooser.countries.getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        chooser.countries.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return chooser.countries.isInvalid();
    }
}
