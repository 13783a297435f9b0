package org.outreachtracker.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.UnStatus;

/** Choosing countries by bureau: states at once, territories and other areas only on request; names in alphabetical order. */
// Only this package: the application's views and error pages need Spring beans.
@ViewPackages(packages = "org.outreachtracker.reference.ui")
class CountryChooserTest extends BrowserlessTest {

    private static final BureauRef EAP = new BureauRef(1, "EAP", "East Asia & Pacific");
    private static final BureauRef WHA = new BureauRef(2, "WHA", "Western Hemisphere");
    private static final List<CountryRef> COUNTRIES = List.of(
            country(1, "AU", "Australia", EAP, UnStatus.MEMBER),
            country(2, "CX", "Christmas Island", EAP, UnStatus.OTHER),
            country(3, "CC", "Cocos (Keeling) Islands", EAP, UnStatus.OTHER),
            country(4, "JP", "Japan", EAP, UnStatus.MEMBER),
            country(5, "PN", "Pitcairn Islands", EAP, UnStatus.OTHER),
            country(6, "TK", "Tokelau", EAP, UnStatus.OTHER),
            country(7, "BR", "Brazil", WHA, UnStatus.MEMBER),
            country(8, "PR", "Puerto Rico", WHA, UnStatus.OTHER));

    @Test
    void aBureauAddsItsMemberAndObserverStatesOnly() {
        var chooser = chooser();

        test(chooser.bureau).selectItem("East Asia & Pacific");
        test(chooser.addBureau).click();

        assertThat(chooser.chosenIds()).as("Australia and Japan, no territory").containsExactlyInAnyOrder(1L, 4L);
        assertThat(chooser.count.getText()).isEqualTo("2 target countries");
        assertThat(chooser.getElement().getTextRecursively()).contains("2 of 2 states");
    }

    @Test
    void territoriesAndOtherAreasAreAddedOnRequest() {
        var chooser = chooser();
        test(chooser.bureau).selectItem("East Asia & Pacific");
        test(chooser.addBureau).click();

        test(chooser.addOthers).click();

        assertThat(chooser.chosenIds()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(chooser.getElement().getTextRecursively()).contains("2 of 2 states, 4 territories or other areas");

        test(chooser.removeBureau).click();
        assertThat(chooser.chosenIds()).isEmpty();
    }

    @Test
    void aBureauWithoutTerritoriesOffersNone() {
        var chooser = new CountryChooser(
                "Countries",
                List.of(EAP, WHA),
                COUNTRIES.stream().filter(CountryRef::isState).toList(),
                n -> n + " target countries",
                "None yet.");
        UI.getCurrent().add(chooser);

        test(chooser.bureau).selectItem("Western Hemisphere");

        assertThat(chooser.addBureau.isEnabled()).isTrue();
        assertThat(chooser.addOthers.isEnabled()).isFalse();
    }

    @Test
    void countriesAreListedInAlphabeticalOrderOfTheLanguage() {
        var chooser = new CountryChooser(
                "Countries",
                List.of(EAP),
                List.of(
                        country(1, "SY", "Sydney", EAP, UnStatus.MEMBER),
                        country(2, "SP", "São Paulo", EAP, UnStatus.MEMBER),
                        country(3, "ZU", "Zürich", EAP, UnStatus.MEMBER),
                        country(4, "ZA", "Zagreb", EAP, UnStatus.MEMBER),
                        country(5, "OS", "Ōsaka", EAP, UnStatus.MEMBER),
                        country(6, "OT", "Oslo", EAP, UnStatus.MEMBER)),
                n -> n + " chosen",
                "None yet.");

        chooser.choose(Set.of(1L, 2L, 3L, 4L, 5L, 6L));

        assertThat(chooser.countries.getValue())
                .extracting(CountryRef::name)
                .containsExactly("Ōsaka", "Oslo", "São Paulo", "Sydney", "Zagreb", "Zürich");
    }

    private static CountryChooser chooser() {
        var chooser = new CountryChooser(
                "Countries",
                List.of(EAP, WHA),
                COUNTRIES,
                n -> n == 1 ? "1 target country" : n + " target countries",
                "None yet.");
        UI.getCurrent().add(chooser);
        return chooser;
    }

    private static CountryRef country(long id, String code, String name, BureauRef bureau, UnStatus status) {
        return new CountryRef(id, code, code + "X", null, name, bureau.id(), bureau.code(), status);
    }
}
