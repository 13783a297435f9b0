package org.outreachtracker.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditEventRef;
import org.outreachtracker.audit.AuditFilter;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Administrators maintain posts and bureaus: the rules a post must meet, stale edits, closing a
 * post, moving a country, and one audit event per change. Tests use posts they create
 * themselves and move demo countries back where they were.
 */
@IntegrationTest
class ReferenceAdminServiceTest {

    @Autowired
    ReferenceAdminService admin;

    @Autowired
    ReferenceService reference;

    @Autowired
    AuditService audit;

    @Autowired
    UserDetailsService users;

    /** Host and covered countries of the test posts: no other test looks at the posts covering them. */
    long liechtenstein;

    long sanMarino;
    long france;

    @BeforeEach
    void signInAsAdmin() {
        TestSignIn.as(users, "admin");
        liechtenstein = country("LI").id();
        sanMarino = country("SM").id();
        france = country("FR").id();
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void anAdministratorAddsAPostThatIsOfferedForTheCountriesItCovers() {
        String name = TestOutreach.unique("Consulate Vaduz");
        String code = code("CON-VADUZ");

        PostDetails created = admin.createPost(new PostDraft(
                "  " + code.toLowerCase() + " ",
                "  " + name + " ",
                PostType.CONSULATE,
                " Vaduz ",
                liechtenstein,
                true,
                Set.of(liechtenstein, sanMarino)));

        assertThat(created.code()).isEqualTo(code);
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.city()).isEqualTo("Vaduz");
        assertThat(created.coveredCountryIds()).containsExactlyInAnyOrder(liechtenstein, sanMarino);
        assertThat(admin.post(created.id())).contains(created);
        assertThat(reference.postsCovering(sanMarino)).extracting(PostRef::name).contains(name);
        assertThat(reference.postsCovering(liechtenstein))
                .extracting(PostRef::name)
                .contains(name);
        assertThat(reference.postsCovering(france)).extracting(PostRef::name).doesNotContain(name);

        List<PostSummary> listed = admin.searchPosts(new PostFilter(code, null), PageRequest.of(0, 10));
        assertThat(listed).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo(name);
            assertThat(row.hostCountryName()).isEqualTo("Liechtenstein");
            assertThat(row.coveredCount()).isEqualTo(2);
            assertThat(row.active()).isTrue();
        });

        AuditEventRef event = onlyEvent(AuditedObject.POST, created.id());
        assertThat(event.action()).isEqualTo(AuditAction.CREATED);
        assertThat(event.username()).isEqualTo("admin");
        assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(event.details().changes())
                .containsExactlyInAnyOrder(
                        new FieldChange("Code", "", code),
                        new FieldChange("Name", "", name),
                        new FieldChange("Type", "", "Consulate"),
                        new FieldChange("City", "", "Vaduz"),
                        new FieldChange("Host country", "", "Liechtenstein"),
                        new FieldChange("Open", "", "Yes"),
                        new FieldChange("Covered countries", "", "Liechtenstein; San Marino"));
    }

    @Test
    void aCodeOrNameAlreadyInUseIsRefusedWithAClearMessage() {
        PostDetails mine = newEmbassy("Embassy Duplicate");
        long postsBefore = admin.countPosts(PostFilter.none());

        assertThatThrownBy(() -> admin.createPost(draft(
                        " emb-paris ",
                        TestOutreach.unique("Embassy Elsewhere"),
                        PostType.EMBASSY,
                        france,
                        Set.of(france))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The code EMB-PARIS is already used by Embassy Paris. Choose another code.");
        assertThatThrownBy(() -> admin.createPost(
                        draft(code("EMB-OTHER"), "embassy paris", PostType.EMBASSY, france, Set.of(france))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Another post (EMB-PARIS) is already called embassy paris. Choose another name.");
        assertThatThrownBy(() -> admin.updatePost(mine.id(), mine.version(), withName(mine, "Embassy Brussels")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("EMB-BRUSSELS");

        assertThat(admin.countPosts(PostFilter.none())).isEqualTo(postsBefore);
        assertThat(admin.post(mine.id())).contains(mine);
        assertThat(events(AuditedObject.POST, mine.id())).hasSize(1);
    }

    @Test
    void unknownCountriesAreRefused() {
        String name = TestOutreach.unique("Embassy Nowhere");

        assertThatThrownBy(() -> admin.createPost(
                        draft(code("EMB-NOWHERE"), name, PostType.EMBASSY, -1L, Set.of(liechtenstein))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Choose an existing host country.");
        assertThatThrownBy(() -> admin.createPost(
                        draft(code("EMB-NOWHERE"), name, PostType.EMBASSY, liechtenstein, Set.of(liechtenstein, -1L))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Some of the covered countries do not exist; choose existing countries.");
        assertThat(admin.countPosts(new PostFilter(name, null))).isZero();
    }

    @Test
    void anEmbassyCoversItsHostCountryWhileAMissionNeedNot() {
        assertThatThrownBy(() -> admin.createPost(draft(
                        code("EMB-X"),
                        TestOutreach.unique("Embassy X"),
                        PostType.EMBASSY,
                        liechtenstein,
                        Set.of(sanMarino))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("An embassy covers its host country: add Liechtenstein to the covered countries.");

        PostDetails mission = admin.createPost(draft(
                code("MIS-ALPS"),
                TestOutreach.unique("Mission to the Alps"),
                PostType.MISSION,
                liechtenstein,
                Set.of(sanMarino)));
        assertThat(mission.coveredCountryIds()).containsExactly(sanMarino);
    }

    @Test
    void aDraftWithoutCoveredCountriesOrNameFailsValidation() {
        assertThatThrownBy(() -> admin.createPost(draft(
                        code("EMB-EMPTY"),
                        TestOutreach.unique("Embassy Empty"),
                        PostType.EMBASSY,
                        liechtenstein,
                        Set.of())))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Choose at least one country the post covers.");
        assertThatThrownBy(() -> admin.createPost(
                        draft(code("EMB-EMPTY"), " ", PostType.EMBASSY, liechtenstein, Set.of(liechtenstein))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter the name.");
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        PostDetails opened = newEmbassy("Embassy Stale");
        PostDetails saved =
                admin.updatePost(opened.id(), opened.version(), withCovered(opened, Set.of(liechtenstein, sanMarino)));
        assertThat(saved.version())
                .as("a change of the covered countries alone counts as a change")
                .isGreaterThan(opened.version());

        assertThatThrownBy(() -> admin.updatePost(opened.id(), opened.version(), withName(opened, opened.name() + "!")))
                .isInstanceOf(ConcurrentChangeException.class);

        assertThat(admin.post(opened.id())).contains(saved);
        assertThat(events(AuditedObject.POST, opened.id())).hasSize(2);
    }

    @Test
    void eachChangeWritesOneEventWithWhatChangedAndAnUnchangedSaveWritesNone() {
        PostDetails opened = newEmbassy("Embassy Audited");

        PostDetails renamed = admin.updatePost(
                opened.id(),
                opened.version(),
                new PostDraft(
                        opened.code(),
                        opened.name() + " Annex",
                        PostType.CONSULATE,
                        opened.city(),
                        opened.hostCountryId(),
                        true,
                        Set.of(liechtenstein, sanMarino)));
        PostDetails unchanged = admin.updatePost(renamed.id(), renamed.version(), renamed.toDraft());

        assertThat(unchanged.version()).isEqualTo(renamed.version());
        List<AuditEventRef> events = events(AuditedObject.POST, opened.id());
        assertThat(events).hasSize(2);
        AuditEventRef change = events.getFirst();
        assertThat(change.action()).isEqualTo(AuditAction.CHANGED);
        assertThat(change.details().changes())
                .containsExactlyInAnyOrder(
                        new FieldChange("Name", opened.name(), opened.name() + " Annex"),
                        new FieldChange("Type", "Embassy", "Consulate"),
                        new FieldChange("Covered countries", "Liechtenstein", "Liechtenstein; San Marino"));
    }

    @Test
    void aClosedPostIsNoLongerOfferedForItsCountries() {
        PostDetails opened = newEmbassy("Embassy Closing");
        assertThat(reference.postsCovering(liechtenstein))
                .extracting(PostRef::id)
                .contains(opened.id());

        PostDetails closed = admin.updatePost(opened.id(), opened.version(), withActive(opened, false));

        assertThat(closed.active()).isFalse();
        assertThat(reference.postsCovering(liechtenstein))
                .extracting(PostRef::id)
                .doesNotContain(opened.id());
        assertThat(reference.posts())
                .extracting(PostRef::id)
                .as("closed posts stay for the meetings' history")
                .contains(opened.id());
        assertThat(events(AuditedObject.POST, opened.id()).getFirst().details().changes())
                .containsExactly(new FieldChange("Open", "Yes", "No"));

        PostDetails reopened = admin.updatePost(closed.id(), closed.version(), withActive(closed, true));
        assertThat(reopened.active()).isTrue();
        assertThat(reference.postsCovering(liechtenstein))
                .extracting(PostRef::id)
                .contains(opened.id());
    }

    @Test
    void unchangedReferenceDataIsSharedAndAChangedCoverageIsSeenAtTheNextCall() {
        PostDetails mission = admin.createPost(draft(
                code("MIS-T"),
                TestOutreach.unique("Mission Sharing"),
                PostType.MISSION,
                liechtenstein,
                Set.of(sanMarino)));
        List<PostRef> posts = reference.posts();
        assertThat(reference.posts()).as("the same lists while nothing changed").isSameAs(posts);
        assertThat(reference.countries()).isSameAs(reference.countries());
        assertThat(reference.postsCovering(sanMarino)).extracting(PostRef::id).contains(mission.id());

        // Only the covered country changes, for another: no column of the post, nor the number of
        // covered countries, is different.
        admin.updatePost(mission.id(), mission.version(), withCovered(mission, Set.of(liechtenstein)));

        assertThat(reference.posts()).isNotSameAs(posts);
        assertThat(reference.postsCovering(sanMarino)).extracting(PostRef::id).doesNotContain(mission.id());
        assertThat(reference.postsCovering(liechtenstein))
                .extracting(PostRef::id)
                .contains(mission.id());
    }

    @Test
    void searchingPostsByTextAndType() {
        PostDetails mine = admin.createPost(draft(
                code("CON-SCHAAN"),
                TestOutreach.unique("Consulate Schaan"),
                PostType.CONSULATE,
                liechtenstein,
                Set.of(liechtenstein)));
        var page = PageRequest.of(0, 500, Sort.by("name"));

        assertThat(admin.searchPosts(new PostFilter("schaan", PostType.CONSULATE), page))
                .extracting(PostSummary::id)
                .contains(mine.id());
        assertThat(admin.searchPosts(new PostFilter("schaan", PostType.EMBASSY), page))
                .extracting(PostSummary::id)
                .doesNotContain(mine.id());
        List<PostSummary> missions = admin.searchPosts(new PostFilter(null, PostType.MISSION), page);
        assertThat(missions).isNotEmpty().allSatisfy(p -> assertThat(p.type()).isEqualTo(PostType.MISSION));
        assertThat(missions).hasSize((int) admin.countPosts(new PostFilter(null, PostType.MISSION)));
        assertThat(admin.searchPosts(new PostFilter("switzerland", null), page))
                .extracting(PostSummary::name)
                .as("found by the host country's name")
                .contains("Embassy Bern");
        assertThat(admin.searchPosts(new PostFilter("liechtenstein", null), page))
                .extracting(PostSummary::name)
                .contains(mine.name());
        assertThat(admin.searchPosts(new PostFilter(null, null), PageRequest.of(0, 500, Sort.by("hostCountry.name"))))
                .extracting(PostSummary::hostCountryName)
                .isSortedAccordingTo(org.outreachtracker.base.Names.ORDER);
    }

    @Test
    void aCountryMovesToAnotherBureauForEveryone() {
        CountryRef tuvalu = country("TV");
        BureauRef before = bureau(tuvalu.bureauCode());
        BureauRef africa = bureau("AF");
        CountryDetails opened = countryDetails("Tuvalu");
        try {
            CountryDetails moved = admin.changeBureau(tuvalu.id(), opened.version(), africa.id());

            assertThat(moved.bureauName()).isEqualTo("Africa");
            assertThat(reference.countries())
                    .filteredOn(c -> c.id() == tuvalu.id())
                    .singleElement()
                    .satisfies(c -> assertThat(c.bureauCode()).isEqualTo("AF"));
            assertThat(admin.searchCountries(new CountryFilter("tuv", africa.id()), PageRequest.of(0, 10)))
                    .extracting(CountryDetails::name)
                    .containsExactly("Tuvalu");
            AuditEventRef event = onlyEvent(AuditedObject.COUNTRY, tuvalu.id());
            assertThat(event.action()).isEqualTo(AuditAction.CHANGED);
            assertThat(event.details().changes()).containsExactly(new FieldChange("Bureau", before.name(), "Africa"));

            assertThatThrownBy(() -> admin.changeBureau(tuvalu.id(), opened.version(), before.id()))
                    .isInstanceOf(ConcurrentChangeException.class);
            assertThatThrownBy(() -> admin.changeBureau(tuvalu.id(), moved.version(), -1L))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessage("Choose an existing bureau.");
            assertThat(admin.changeBureau(tuvalu.id(), moved.version(), africa.id())
                            .version())
                    .as("the same bureau again changes nothing")
                    .isEqualTo(moved.version());
            assertThat(events(AuditedObject.COUNTRY, tuvalu.id())).hasSize(1);
        } finally {
            admin.changeBureau(tuvalu.id(), countryDetails("Tuvalu").version(), before.id());
        }
        assertThat(country("TV").bureauCode()).isEqualTo(before.code());
    }

    @Test
    void searchingCountriesByCodeAndBureau() {
        BureauRef europe = bureau("EUR");
        var page = PageRequest.of(0, 300, Sort.by("name"));

        assertThat(admin.searchCountries(new CountryFilter("fra", null), page))
                .extracting(CountryDetails::code)
                .contains("FR");
        assertThat(admin.searchCountries(new CountryFilter("250", null), page))
                .extracting(CountryDetails::code)
                .containsExactly("FR");
        List<CountryDetails> european = admin.searchCountries(new CountryFilter(null, europe.id()), page);
        assertThat(european)
                .hasSize((int) admin.countCountries(new CountryFilter(null, europe.id())))
                .allSatisfy(c -> assertThat(c.bureauName()).isEqualTo("Europe & Eurasia"))
                .extracting(CountryDetails::name)
                .contains("France")
                .doesNotContain("Japan");
        assertThat(admin.countCountries(CountryFilter.none()))
                .isEqualTo(reference.countries().size());
    }

    private PostDetails newEmbassy(String name) {
        return admin.createPost(draft(
                code("EMB-T"), TestOutreach.unique(name), PostType.EMBASSY, liechtenstein, Set.of(liechtenstein)));
    }

    private static PostDraft draft(String code, String name, PostType type, long host, Set<Long> covered) {
        return new PostDraft(code, name, type, "Test City", host, true, covered);
    }

    private static PostDraft withName(PostDetails post, String name) {
        return new PostDraft(
                post.code(),
                name,
                post.type(),
                post.city(),
                post.hostCountryId(),
                post.active(),
                post.coveredCountryIds());
    }

    private static PostDraft withCovered(PostDetails post, Set<Long> covered) {
        return new PostDraft(
                post.code(), post.name(), post.type(), post.city(), post.hostCountryId(), post.active(), covered);
    }

    private static PostDraft withActive(PostDetails post, boolean active) {
        return new PostDraft(
                post.code(),
                post.name(),
                post.type(),
                post.city(),
                post.hostCountryId(),
                active,
                post.coveredCountryIds());
    }

    /** A post code no other test uses. */
    private static String code(String prefix) {
        return (prefix + "-" + TestOutreach.unique("").strip().replaceAll("[^A-Za-z0-9]", "")).toUpperCase();
    }

    private CountryRef country(String code) {
        return reference.countryByCode(code).orElseThrow();
    }

    private CountryDetails countryDetails(String name) {
        return admin.searchCountries(new CountryFilter(name, null), PageRequest.of(0, 5)).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private BureauRef bureau(String code) {
        return reference.bureaus().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** The record's audit events, newest first. */
    private List<AuditEventRef> events(AuditedObject type, long id) {
        return audit.search(
                        new AuditFilter(null, null, type, String.valueOf(id), null, null),
                        PageRequest.of(0, 50, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))))
                .getContent();
    }

    private AuditEventRef onlyEvent(AuditedObject type, long id) {
        List<AuditEventRef> events = events(type, id);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    @Test
    void countriesArePagedInAlphabeticalOrderOfTheLanguage() {
        List<String> names =
                admin.searchCountries(new CountryFilter(null, null), PageRequest.of(0, 300, Sort.by("name"))).stream()
                        .map(CountryDetails::name)
                        .toList();

        assertThat(names.subList(0, 3)).containsExactly("Afghanistan", "Åland Islands", "Albania");
        assertThat(names.indexOf("Réunion")).as("Réunion before Romania").isLessThan(names.indexOf("Romania"));
        assertThat(names.indexOf("Curaçao"))
                .isGreaterThan(names.indexOf("Cuba"))
                .isLessThan(names.indexOf("Cyprus"));
        assertThat(names).isSortedAccordingTo(org.outreachtracker.base.Names.ORDER);
        assertThat(admin.searchCountries(
                        new CountryFilter(null, null), PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "name"))))
                .extracting(CountryDetails::name)
                .containsExactly("Zimbabwe", "Zambia");
    }
}
