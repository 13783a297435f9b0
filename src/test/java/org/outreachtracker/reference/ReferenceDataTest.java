package org.outreachtracker.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The migrations build the schema on an empty database and load complete reference data. */
@IntegrationTest
class ReferenceDataTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceService reference;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signIn() {
        TestSignIn.as(users, "officer");
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void countriesAndPostsComeInAlphabeticalOrderOfTheLanguage() {
        List<String> countries =
                reference.countries().stream().map(CountryRef::name).toList();
        List<String> posts = reference.posts().stream().map(PostRef::name).toList();

        assertThat(countries).isSortedAccordingTo(org.outreachtracker.base.Names.ORDER);
        assertThat(countries.subList(0, 3)).containsExactly("Afghanistan", "Åland Islands", "Albania");
        assertThat(countries.indexOf("Réunion")).isLessThan(countries.indexOf("Romania"));
        assertThat(posts).isSortedAccordingTo(org.outreachtracker.base.Names.ORDER);
    }

    @Test
    void everyMigrationAppliedToTheEmptyDatabase() {
        var migrations = flyway.info().all();
        assertThat(migrations).isNotEmpty();
        assertThat(migrations).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theSevenRegionalBureausInTheirUsualOrder() {
        assertThat(reference.bureaus())
                .extracting(BureauRef::name)
                .containsExactly(
                        "Africa",
                        "East Asia & Pacific",
                        "Europe & Eurasia",
                        "Near East",
                        "South & Central Asia",
                        "Western Hemisphere",
                        "International Organizations");
    }

    @Test
    void everyUnMemberAndObserverIsPresentWithUniqueCodes() {
        List<CountryRef> countries = reference.countries();
        Map<UnStatus, Long> byStatus =
                countries.stream().collect(Collectors.groupingBy(CountryRef::unStatus, Collectors.counting()));

        assertThat(countries.size()).isGreaterThanOrEqualTo(193);
        assertThat(byStatus.get(UnStatus.MEMBER)).isEqualTo(193L);
        assertThat(byStatus.get(UnStatus.OBSERVER)).isEqualTo(2L);
        assertThat(countries)
                .extracting(CountryRef::code)
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[A-Z]{2}"));
        assertThat(countries)
                .extracting(CountryRef::alpha3)
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[A-Z]{3}"));
        assertThat(countries)
                .extracting(CountryRef::numericCode)
                .filteredOn(code -> code != null)
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[0-9]{3}"));
        assertThat(countries).extracting(CountryRef::name).doesNotHaveDuplicates();
        assertThat(reference.countryByCode("fr")).get().satisfies(france -> {
            assertThat(france.alpha3()).isEqualTo("FRA");
            assertThat(france.numericCode()).isEqualTo("250");
            assertThat(france.bureauCode()).isEqualTo("EUR");
        });
        assertThat(reference.countryByCode("XK"))
                .get()
                .extracting(CountryRef::numericCode)
                .isNull();
    }

    @Test
    void everyPostSitsInAndCoversCountriesThatExist() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from post p left join country c"
                                + " on c.id = p.host_country_id where c.id is null",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from post_country pc left join country c"
                                + " on c.id = pc.country_id where c.id is null",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from post p where not exists"
                                + " (select 1 from post_country pc where pc.post_id = p.id)",
                        Integer.class))
                .isZero();

        List<PostRef> posts = reference.posts();
        assertThat(posts).extracting(PostRef::type).contains(PostType.EMBASSY, PostType.CONSULATE, PostType.MISSION);
        assertThat(posts.stream().filter(p -> p.type() == PostType.EMBASSY).count())
                .isGreaterThan(150);
    }

    @Test
    void missionsToInternationalOrganizationsCoverTheirMembers() {
        Map<String, Integer> coverage = reference.posts().stream()
                .collect(Collectors.toMap(
                        PostRef::code, p -> p.coveredCountryIds().size()));
        assertThat(coverage)
                .containsEntry("MIS-USEU", 27)
                .containsEntry("MIS-NATO", 31)
                .containsEntry("MIS-OSCE", 56);
        assertThat(coverage.get("MIS-USUN")).isGreaterThanOrEqualTo(190);
        assertThat(coverage.get("MIS-GENEVA")).isGreaterThanOrEqualTo(190);
    }

    @Test
    void postsCoveringACountryOfferTheEmbassyBeforeTheMissions() {
        long belgium = reference.countryByCode("BE").orElseThrow().id();
        List<PostRef> posts = reference.postsCovering(belgium);

        assertThat(posts.getFirst().type()).isEqualTo(PostType.EMBASSY);
        assertThat(posts.getFirst().name()).isEqualTo("Embassy Brussels");
        assertThat(posts).extracting(PostRef::code).contains("MIS-USEU", "MIS-NATO", "MIS-USUN");
    }
}
