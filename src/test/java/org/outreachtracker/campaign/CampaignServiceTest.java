package org.outreachtracker.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.audit.AuditFilter;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.Reaction;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Campaigns and talking points: managers write them; dates, targets and point order follow the rules. */
@IntegrationTest
class CampaignServiceTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    MeetingService meetings;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditService audit;

    TestOutreach outreach;
    LocalDate today;

    @BeforeEach
    void setUp() {
        outreach = new TestOutreach(context);
        today = outreach.today();
    }

    @AfterEach
    void signOutAndClose() {
        TestSignIn.anonymous();
        outreach.closeCampaigns();
    }

    @Test
    void managersCreateAndChangeCampaigns() {
        String title = TestOutreach.unique("Cyber norms");
        signIn("manager");

        long id = create(draft(
                "  " + title + "  ",
                today,
                today.plusDays(30),
                CampaignStatus.ACTIVE,
                false,
                outreach.countryIds("JP", "FR")));

        CampaignDetails created = campaigns.campaign(id).orElseThrow();
        assertThat(created.title()).isEqualTo(title);
        assertThat(created.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(created.targetCountryIds()).isEqualTo(outreach.countryIds("JP", "FR"));
        assertThat(created.targets(outreach.country("JP"))).isTrue();
        assertThat(created.targets(outreach.country("BR"))).isFalse();
        assertThat(campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE)))
                .extracting(CampaignSummary::id)
                .contains(id);

        campaigns.update(
                id, created.version(), draft(title + " (all)", today, null, CampaignStatus.ACTIVE, true, Set.of()));

        CampaignDetails changed = campaigns.campaign(id).orElseThrow();
        assertThat(changed.title()).isEqualTo(title + " (all)");
        assertThat(changed.allCountries()).isTrue();
        assertThat(changed.targets(outreach.country("BR"))).isTrue();
        assertThat(changed.targets(outreach.country("VA")))
                .as("the Holy See, an observer state")
                .isTrue();
        assertThat(changed.targets(outreach.country("CX")))
                .as("Christmas Island, a territory")
                .isFalse();
        assertThat(changed.deadline()).isNull();
    }

    @Test
    void deskOfficersReadCampaignsButDoNotWriteThem() {
        CampaignDetails campaign = outreach.activeCampaign(110, outreach.countryIds("JP"), "Only point");
        String title = TestOutreach.unique("Officer's campaign");
        signIn("officer");

        assertThat(campaigns.campaign(campaign.id())).isPresent();
        assertThat(campaigns.points(campaign.id()))
                .extracting(TalkingPointRef::label)
                .containsExactly("Only point");
        assertThatThrownBy(() -> campaigns.create(draft(title, today, null, CampaignStatus.DRAFT, false, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.update(campaign.id(), campaign.version(), campaign.toDraft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.addPoint(campaign.id(), new PointDraft("Extra", "Extra text")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(outreach.reload(campaign.id()).points()).hasSize(1);
        signIn("manager");
        assertThat(campaigns.campaigns(PageRequest.of(0, 1000)).getContent())
                .extracting(CampaignSummary::title)
                .doesNotContain(title);
    }

    @Test
    void managersListTheObjectionsACampaignExpectsAndOfficersReadThem() {
        CampaignDetails campaign = outreach.activeCampaign(110, outreach.countryIds("JP"), "Only point");
        signIn("manager");

        campaigns.addObjection(campaign.id(), new ObjectionDraft("  This is protectionism "));
        campaigns.addObjection(campaign.id(), new ObjectionDraft("No evidence offered"));
        assertThatThrownBy(() -> campaigns.addObjection(campaign.id(), new ObjectionDraft("no evidence OFFERED")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This campaign already expects the objection \"no evidence OFFERED\".");
        assertThatThrownBy(() -> campaigns.addObjection(campaign.id(), new ObjectionDraft(" ")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter the objection.");

        signIn("officer");
        assertThat(campaigns.objections(campaign.id()))
                .extracting(ObjectionRef::text)
                .containsExactly("This is protectionism", "No evidence offered");
        assertThatThrownBy(() ->
                        campaigns.addObjection(campaign.id(), new ObjectionDraft("Our companies are not involved")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(campaigns.objections(campaign.id())).hasSize(2);
    }

    @Test
    void theDeadlineCannotBeBeforeTheIssueDate() {
        String title = TestOutreach.unique("Backwards");
        signIn("manager");

        assertThatThrownBy(() ->
                        campaigns.create(draft(title, today, today.minusDays(1), CampaignStatus.DRAFT, true, Set.of())))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("The report-by date cannot be before the issue date.");

        CampaignDetails existing = outreach.activeCampaign(110, outreach.countryIds("JP"));
        CampaignDraft backwards = new CampaignDraft(
                existing.title(),
                existing.cableReference(),
                existing.objective(),
                existing.issueDate(),
                existing.issueDate().minusDays(1),
                existing.status(),
                false,
                existing.targetCountryIds());
        assertThatThrownBy(() -> campaigns.update(existing.id(), existing.version(), backwards))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(outreach.reload(existing.id()).deadline()).isNull();
        assertThat(titles()).doesNotContain(title);
    }

    @Test
    void anActiveCampaignNeedsTargets() {
        String title = TestOutreach.unique("Untargeted");
        signIn("manager");

        assertThatThrownBy(() -> campaigns.create(draft(title, today, null, CampaignStatus.ACTIVE, false, Set.of())))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("An active campaign needs target countries: all, or a list.");
        assertThat(titles()).doesNotContain(title);

        long draftCampaign = create(draft(title, today, null, CampaignStatus.DRAFT, false, Set.of()));
        assertThat(campaigns.campaign(draftCampaign).orElseThrow().status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void targetCountriesMustExist() {
        String title = TestOutreach.unique("Phantom targets");
        signIn("manager");

        assertThatThrownBy(() -> campaigns.create(
                        draft(title, today, null, CampaignStatus.ACTIVE, false, Set.of(outreach.countryId("JP"), -5L))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Some target countries do not exist.");
        assertThat(titles()).doesNotContain(title);
    }

    @Test
    void aStaleCampaignEditIsRefused() {
        CampaignDetails opened = outreach.activeCampaign(110, outreach.countryIds("JP"));
        signIn("manager");
        campaigns.update(opened.id(), opened.version(), withTitle(opened, opened.title() + " v2"));

        assertThatThrownBy(() -> campaigns.update(opened.id(), opened.version(), withTitle(opened, "stale")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(outreach.reload(opened.id()).title()).isEqualTo(opened.title() + " v2");
    }

    @Test
    void pointsAreAddedAtTheEndAndChangedWithTheirVersion() {
        CampaignDetails campaign = outreach.activeCampaign(110, outreach.countryIds("JP"), "One", "Two");
        signIn("manager");

        TalkingPointRef three = campaigns.addPoint(campaign.id(), new PointDraft("Three", "Text of Three"));
        assertThat(campaigns.points(campaign.id()))
                .extracting(TalkingPointRef::label)
                .containsExactly("One", "Two", "Three");
        assertThat(three.position()).isGreaterThan(campaign.points().get(1).position());

        campaigns.updatePoint(three.id(), three.version(), new PointDraft("Three, revised", "Revised"));
        assertThatThrownBy(() -> campaigns.updatePoint(three.id(), three.version(), new PointDraft("Stale", "Stale")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(campaigns.points(campaign.id()).get(2).label()).isEqualTo("Three, revised");
    }

    @Test
    void aRaisedPointCannotBeRemovedButAnUnraisedOneCan() {
        CampaignDetails campaign = outreach.activeCampaign(110, outreach.countryIds("JP"), "Raised", "Unraised");
        TalkingPointRef raised = campaign.points().get(0);
        TalkingPointRef unraised = campaign.points().get(1);
        var official = outreach.counterpart("JP", TestOutreach.unique("Official"));
        outreach.as(
                "officer",
                () -> meetings.log(outreach.meeting(
                        campaign,
                        "JP",
                        outreach.daysAgo(1),
                        Set.of(official.id()),
                        List.of(new MeetingDraft.PointRaised(raised.id(), Reaction.NOTED)),
                        null,
                        "Raised the first point.",
                        List.of())));
        signIn("manager");

        assertThatThrownBy(() -> campaigns.removePoint(raised.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This point has been raised in meetings, so it cannot be removed."
                        + " You can still change its wording; the meetings keep what was delivered.");
        assertThat(campaigns.points(campaign.id()))
                .extracting(TalkingPointRef::id)
                .containsExactly(raised.id(), unraised.id());

        campaigns.removePoint(unraised.id());

        assertThat(campaigns.points(campaign.id()))
                .extracting(TalkingPointRef::id)
                .containsExactly(raised.id());
        assertThatThrownBy(() -> campaigns.removePoint(unraised.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This talking point no longer exists.");
    }

    @Test
    void movePointReordersThePoints() {
        CampaignDetails campaign = outreach.activeCampaign(110, outreach.countryIds("JP"), "A", "B", "C");
        long a = campaign.points().get(0).id();
        long c = campaign.points().get(2).id();
        signIn("manager");

        campaigns.movePoint(c, -1);
        assertThat(labels(campaign)).containsExactly("A", "C", "B");
        campaigns.movePoint(c, -1);
        assertThat(labels(campaign)).containsExactly("C", "A", "B");
        campaigns.movePoint(c, -1);
        assertThat(labels(campaign))
                .as("the first point cannot move further up")
                .containsExactly("C", "A", "B");
        campaigns.movePoint(a, 1);
        assertThat(labels(campaign)).containsExactly("C", "B", "A");
        campaigns.movePoint(a, 1);
        assertThat(labels(campaign))
                .as("the last point cannot move further down")
                .containsExactly("C", "B", "A");
        assertThat(campaigns.points(campaign.id()))
                .extracting(TalkingPointRef::position)
                .doesNotHaveDuplicates();
    }

    @Test
    void campaignsArePagedAndSorted() {
        signIn("manager");
        var page = campaigns.campaigns(PageRequest.of(0, 2, Sort.by(Sort.Order.asc("issueDate"))));

        assertThat(page.getContent()).hasSize(2);
        assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(2);
        assertThat(page.getContent().get(0).issueDate())
                .isBeforeOrEqualTo(page.getContent().get(1).issueDate());
    }

    /** Creates a campaign as the signed-in user; the test closes it afterwards. */
    private long create(CampaignDraft draft) {
        long id = campaigns.create(draft);
        outreach.track(id);
        return id;
    }

    private List<String> labels(CampaignDetails campaign) {
        return campaigns.points(campaign.id()).stream()
                .map(TalkingPointRef::label)
                .toList();
    }

    private List<String> titles() {
        return outreach.as(
                "manager",
                () -> campaigns.campaigns(PageRequest.of(0, 1000)).getContent().stream()
                        .map(CampaignSummary::title)
                        .toList());
    }

    private static CampaignDraft draft(
            String title, LocalDate issued, LocalDate deadline, CampaignStatus status, boolean all, Set<Long> targets) {
        return new CampaignDraft(title, "TEST 26 CABLE 1", "Test objective.", issued, deadline, status, all, targets);
    }

    private static CampaignDraft withTitle(CampaignDetails campaign, String title) {
        CampaignDraft d = campaign.toDraft();
        return new CampaignDraft(
                title,
                d.cableReference(),
                d.objective(),
                d.issueDate(),
                d.deadline(),
                d.status(),
                d.allCountries(),
                d.targetCountryIds());
    }

    @Test
    void revisedPointsBecomeTheCurrentVersionAndEarlierOnesStayReadable() {
        CampaignDetails campaign = outreach.activeCampaign(110, outreach.countryIds("JP"), "Old one", "Old two");
        signIn("manager");
        int issued = campaigns.issueRevisedPoints(
                campaign.id(), List.of(new PointDraft(" New one ", "Revised text"), new PointDraft("New two", "More")));

        signIn("officer");
        CampaignDetails revised = campaigns.campaign(campaign.id()).orElseThrow();
        assertThat(issued).isEqualTo(2);
        assertThat(revised.currentPointsVersion()).isEqualTo(2);
        assertThat(campaigns.points(campaign.id()))
                .extracting(TalkingPointRef::label, TalkingPointRef::position, TalkingPointRef::pointsVersion)
                .containsExactly(tuple("New one", 1, 2), tuple("New two", 2, 2));
        assertThat(campaigns.points(campaign.id(), 1))
                .extracting(TalkingPointRef::label)
                .containsExactly("Old one", "Old two");
        assertThat(revised.points()).hasSize(4);
        assertThat(revised.pointName(campaign.points().getFirst().id())).contains("1. Old one (version 1)");
    }

    @Test
    void aPointAddedAfterARevisionJoinsTheCurrentVersionAndMovesOnlyWithinIt() {
        CampaignDetails campaign = outreach.activeCampaign(110, outreach.countryIds("JP"), "Old one", "Old two");
        signIn("manager");
        campaigns.issueRevisedPoints(campaign.id(), List.of(new PointDraft("New one", "Revised text")));
        TalkingPointRef added = campaigns.addPoint(campaign.id(), new PointDraft("New two", "Added later"));
        assertThat(added.pointsVersion()).isEqualTo(2);
        assertThat(added.position()).isEqualTo(2);

        campaigns.movePoint(added.id(), -1);
        campaigns.movePoint(added.id(), -1);

        assertThat(campaigns.points(campaign.id()))
                .extracting(TalkingPointRef::label)
                .containsExactly("New two", "New one");
        assertThat(campaigns.points(campaign.id(), 1))
                .extracting(TalkingPointRef::label)
                .containsExactly("Old one", "Old two");
    }

    @Test
    void anEmptyRevisedSetOrAClosedCampaignIsRefusedAndKeepsTheCurrentVersion() {
        CampaignDetails campaign = outreach.activeCampaign(110, outreach.countryIds("JP"), "Only point");
        signIn("manager");
        assertThatThrownBy(() -> campaigns.issueRevisedPoints(campaign.id(), List.of()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A revised set of points needs at least one point.");
        assertThatThrownBy(() -> campaigns.issueRevisedPoints(campaign.id(), List.of(new PointDraft(" ", "Text"))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("Enter a short label.");

        outreach.setStatus(campaign.id(), CampaignStatus.CLOSED);
        signIn("manager");
        assertThatThrownBy(() -> campaigns.issueRevisedPoints(campaign.id(), List.of(new PointDraft("New", "Text"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This campaign is closed; its talking points can no longer be revised.");
        assertThat(campaigns.campaign(campaign.id()).orElseThrow().currentPointsVersion())
                .isEqualTo(1);
        assertThat(campaigns.points(campaign.id()))
                .extracting(TalkingPointRef::label)
                .containsExactly("Only point");
    }

    @Test
    void issuingRevisedPointsIsInTheAuditTrailWithTheNewPoints() {
        CampaignDetails campaign = outreach.activeCampaign(110, outreach.countryIds("JP"), "Old one");
        signIn("manager");
        campaigns.issueRevisedPoints(
                campaign.id(), List.of(new PointDraft("New one", "Text"), new PointDraft("New two", "Text")));

        List<FieldChange> changes = outreach.as(
                "admin",
                () -> audit.search(
                                new AuditFilter(
                                        null, null, AuditedObject.CAMPAIGN, String.valueOf(campaign.id()), null, null),
                                PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "id")))
                        .getContent()
                        .getFirst()
                        .details()
                        .changes());
        assertThat(changes)
                .extracting(FieldChange::field)
                .containsExactlyInAnyOrder("Talking points version", "Talking points");
        String recorded = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject(
                        "select details from audit_event where object_type = 'CAMPAIGN' and object_id = ?"
                                + " order by id desc limit 1",
                        String.class,
                        String.valueOf(campaign.id()));
        assertThat(recorded).contains("New one; New two");
    }

    private void signIn(String username) {
        TestSignIn.as(users, username);
    }
}
