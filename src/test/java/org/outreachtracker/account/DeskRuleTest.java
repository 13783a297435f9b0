package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.NotPermittedException;

/** The desk rule: a manager works on every country, a desk officer on their desk's countries only. */
class DeskRuleTest {

    record Country(long id, String name) {}

    private final List<Country> countries =
            List.of(new Country(1, "Chile"), new Country(2, "Kenya"), new Country(3, "Nepal"));

    @Test
    void aManagerWorksOnEveryCountry() {
        DeskRule manager = DeskRule.manager();

        assertThat(manager.deskOnly()).isFalse();
        assertThat(manager.covers(3)).isTrue();
        assertThat(manager.countriesIn(countries, Country::id)).isEqualTo(countries);
        manager.require(2, "never shown");
    }

    @Test
    void aDeskOfficerWorksOnTheirDeskCountriesOnlyInTheListsOrder() {
        DeskRule officer = new DeskRule(false, Set.of(3L, 1L));

        assertThat(officer.deskOnly()).isTrue();
        assertThat(officer.covers(1)).isTrue();
        assertThat(officer.covers(2)).isFalse();
        assertThat(officer.countriesIn(countries, Country::id))
                .extracting(Country::name)
                .containsExactly("Chile", "Nepal");
    }

    @Test
    void aCountryOffTheDeskIsRefusedWithTheCallersMessage() {
        DeskRule officer = new DeskRule(false, Set.of(1L));

        officer.require(1, "never shown");
        assertThatThrownBy(() -> officer.require(2, "You can log meetings for your desk countries only."))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("You can log meetings for your desk countries only.");
    }

    @Test
    void anEmptyDeskCoversNothing() {
        DeskRule newcomer = new DeskRule(false, Set.of());

        assertThat(newcomer.countriesIn(countries, Country::id)).isEmpty();
        assertThat(newcomer.covers(1)).isFalse();
    }
}
