package org.outreachtracker.counterpart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.NotPermittedException;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The counterpart directory: who adds and changes whom, stale edits, and searching it. */
@IntegrationTest
class CounterpartServiceTest {

    @Autowired
    CounterpartService counterparts;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    long japan;
    long brazil;

    @BeforeEach
    void setUp() {
        outreach = new TestOutreach(context);
        japan = outreach.countryId("JP");
        brazil = outreach.countryId("BR");
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void anOfficerAddsCounterpartsForTheirDeskCountriesOnly() {
        String name = TestOutreach.unique("Aiko Tanaka");
        String refused = TestOutreach.unique("Refused Person");
        signIn("officer");

        CounterpartRef created = counterparts.create(new CounterpartDraft(
                "  " + name + "  ",
                "Director-General",
                "Ministry of Foreign Affairs",
                japan,
                CounterpartLevel.SENIOR_OFFICIAL));

        assertThat(created.name()).isEqualTo(name);
        assertThat(counterparts.counterpart(created.id())).contains(created);
        assertThatThrownBy(() -> counterparts.create(
                        new CounterpartDraft(refused, "Minister", "Ministry", brazil, CounterpartLevel.MINISTER)))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("You can add and change counterparts of your desk countries only.");
        assertThat(counterparts.count(new CounterpartFilter(refused, null, null)))
                .isZero();
    }

    @Test
    void anOfficerChangesCounterpartsOfTheirDeskCountriesOnly() {
        CounterpartRef japanese = outreach.counterpart("JP", TestOutreach.unique("Kenji Sato"));
        CounterpartRef brazilian = outreach.counterpart("BR", TestOutreach.unique("Pedro Costa"));
        signIn("officer");

        CounterpartRef promoted = counterparts.update(
                japanese.id(),
                japanese.version(),
                new CounterpartDraft(
                        japanese.name(),
                        "Vice Minister",
                        japanese.organization(),
                        japan,
                        CounterpartLevel.DEPUTY_MINISTER));
        assertThat(promoted.title()).isEqualTo("Vice Minister");
        assertThat(promoted.level()).isEqualTo(CounterpartLevel.DEPUTY_MINISTER);

        assertThatThrownBy(() -> counterparts.update(brazilian.id(), brazilian.version(), brazilian.toDraft()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> counterparts.update(
                        promoted.id(),
                        promoted.version(),
                        new CounterpartDraft(
                                promoted.name(), promoted.title(), promoted.organization(), brazil, promoted.level())))
                .as("nor move one of theirs to another desk's country")
                .isInstanceOf(NotPermittedException.class);
        assertThat(counterparts.counterpart(promoted.id()).orElseThrow().countryId())
                .isEqualTo(japan);
    }

    @Test
    void aManagerAddsAndChangesCounterpartsOfAnyCountry() {
        signIn("manager");
        CounterpartRef created = counterparts.create(new CounterpartDraft(
                TestOutreach.unique("Lucia Moreno"),
                "Minister",
                "Ministry of Digital Affairs",
                brazil,
                CounterpartLevel.MINISTER));

        CounterpartRef moved = counterparts.update(
                created.id(),
                created.version(),
                new CounterpartDraft(created.name(), created.title(), created.organization(), japan, created.level()));

        assertThat(moved.countryId()).isEqualTo(japan);
        assertThatThrownBy(() -> counterparts.create(
                        new CounterpartDraft(TestOutreach.unique("Nowhere"), "T", "O", -1L, CounterpartLevel.OTHER)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Choose an existing country.");
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        CounterpartRef opened = outreach.counterpart("JP", TestOutreach.unique("Mei Chen"));
        signIn("officer");
        counterparts.update(
                opened.id(),
                opened.version(),
                new CounterpartDraft(opened.name(), "First change", opened.organization(), japan, opened.level()));

        assertThatThrownBy(() -> counterparts.update(
                        opened.id(),
                        opened.version(),
                        new CounterpartDraft(
                                opened.name(), "Second change", opened.organization(), japan, opened.level())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(counterparts.counterpart(opened.id()).orElseThrow().title()).isEqualTo("First change");
    }

    @Test
    void searchMatchesNameTitleOrOrganizationAsPlainText() {
        String word = TestOutreach.unique("Qwv").replace(' ', '-');
        CounterpartRef percent = outreach.counterpart("JP", word + " 50%off");
        CounterpartRef percentLookalike = outreach.counterpart("JP", word + " 50xoff");
        CounterpartRef underscore = outreach.counterpart("JP", word + " a_b");
        CounterpartRef underscoreLookalike = outreach.counterpart("JP", word + " axb");
        CounterpartRef quote = outreach.counterpart("JP", word + " O'Brien ' or 1=1 --");
        CounterpartRef backslash = outreach.counterpart("JP", word + " back\\slash");
        signIn("officer");

        assertThat(names(word)).hasSize(6);
        assertThat(names(word + " 50%off")).containsExactly(percent.name());
        assertThat(names("50%off")).contains(percent.name()).doesNotContain(percentLookalike.name());
        assertThat(names(word + " a_b")).containsExactly(underscore.name());
        assertThat(names("a_b")).doesNotContain(underscoreLookalike.name());
        assertThat(names("o'brien ' OR 1=1 --")).containsExactly(quote.name());
        assertThat(names("back\\slash")).containsExactly(backslash.name());
        assertThat(names("' or '1'='1")).isEmpty();
        assertThat(names(word + "%")).as("%% is not a wildcard").isEmpty();
        assertThat(counterparts.count(new CounterpartFilter("%", null, null)))
                .as("a lone %% does not match everyone")
                .isLessThan(counterparts.count(CounterpartFilter.none()));
    }

    @Test
    void searchFiltersByCountryAndLevelAndMatchesTitleAndOrganization() {
        String word = TestOutreach.unique("Zorblat").replace(' ', '-');
        signIn("manager");
        CounterpartRef inJapan = counterparts.create(new CounterpartDraft(
                "Person One", "Head of " + word, "Cabinet Office", japan, CounterpartLevel.SENIOR_OFFICIAL));
        CounterpartRef inBrazil = counterparts.create(new CounterpartDraft(
                "Person Two", "Adviser", word + " Agency", brazil, CounterpartLevel.WORKING_LEVEL));

        assertThat(ids(new CounterpartFilter(word.toUpperCase(java.util.Locale.ROOT), null, null)))
                .containsExactlyInAnyOrder(inJapan.id(), inBrazil.id());
        assertThat(ids(new CounterpartFilter(word, brazil, null))).containsExactly(inBrazil.id());
        assertThat(ids(new CounterpartFilter(word, null, CounterpartLevel.SENIOR_OFFICIAL)))
                .containsExactly(inJapan.id());
        assertThat(counterparts
                        .search(new CounterpartFilter(null, japan, null), PageRequest.of(0, 500))
                        .getContent())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.countryId()).isEqualTo(japan));
        assertThat(counterparts.counterparts(List.of(inJapan.id(), inBrazil.id(), -1L)))
                .extracting(CounterpartRef::id)
                .containsExactlyInAnyOrder(inJapan.id(), inBrazil.id());
    }

    @Test
    void theDirectoryIsInAlphabeticalOrderOfTheLanguageNotOfCharacterCodes() {
        String word = TestOutreach.unique("Quillfeather").replace(' ', '-');
        signIn("manager");
        for (String given : List.of("Zoë", "Zachary", "Élodie", "Edward", "Ólafur", "Oscar", "Łucja", "Lars")) {
            counterparts.create(new CounterpartDraft(
                    given + " " + word, "Adviser", "Ministry", japan, CounterpartLevel.WORKING_LEVEL));
        }

        List<String> ascending = names(word).stream()
                .map(name -> name.substring(0, name.indexOf(' ')))
                .toList();

        assertThat(ascending).containsExactly("Edward", "Élodie", "Lars", "Łucja", "Ólafur", "Oscar", "Zachary", "Zoë");
        assertThat(counterparts
                        .search(
                                new CounterpartFilter(word, null, null),
                                PageRequest.of(0, 3, Sort.by(Sort.Direction.DESC, "name")))
                        .getContent())
                .extracting(c -> c.name().substring(0, c.name().indexOf(' ')))
                .containsExactly("Zoë", "Zachary", "Oscar");
    }

    private List<String> names(String text) {
        var filter = new CounterpartFilter(text, null, null);
        List<String> names = counterparts.search(filter, PageRequest.of(0, 100, Sort.by("name"))).getContent().stream()
                .map(CounterpartRef::name)
                .toList();
        assertThat(counterparts.count(filter)).as("count agrees with the list").isEqualTo(names.size());
        return names;
    }

    private List<Long> ids(CounterpartFilter filter) {
        return counterparts.search(filter, Pageable.unpaged()).getContent().stream()
                .map(CounterpartRef::id)
                .toList();
    }

    private void signIn(String username) {
        TestSignIn.as(users, username);
    }
}
