package org.outreachtracker.reference.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;

/**
 * A field whose value is a set of country ids, chosen with a {@link CountryChooser}: a desk
 * officer's desk, the countries a post covers. Read-only, it shows the count and the countries
 * by bureau without the bureau buttons and the multi-select.
 */
public class CountrySetField extends AbstractCompositeField<Div, CountrySetField, Set<Long>> implements HasValidation {

    public final CountryChooser chooser;
    private boolean showingValue;

    /** The arguments are {@link CountryChooser}'s. */
    public CountrySetField(
            String label,
            List<BureauRef> bureaus,
            List<CountryRef> countries,
            IntFunction<String> countText,
            String emptyText) {
        super(Set.of());
        chooser = new CountryChooser(label, bureaus, countries, countText, emptyText);
        chooser.countries.setManualValidation(true);
        chooser.countries.addValueChangeListener(event -> {
            if (!showingValue) {
                setModelValue(chooser.chosenIds(), true);
            }
        });
        getContent().add(chooser);
    }

    /** Adds one country (a post's host country, say) unless it is chosen already. */
    public void include(long countryId) {
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
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        chooser.setPickerVisible(!readOnly);
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
