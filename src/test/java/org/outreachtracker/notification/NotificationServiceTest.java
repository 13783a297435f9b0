package org.outreachtracker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestClock;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SecurityProperties;
import org.outreachtracker.account.SignInAttempts;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Who is told what, and when: follow-ups assigned, due tomorrow or overdue; taskings near their
 * report-by date; a counterpart met by another post; the managers' daily summary; a locked
 * account. Each person is told once per subject, only of kinds for their roles, and sees and
 * marks read only their own notifications. Every test makes accounts of its own, so what the
 * demo data or other tests made does not count.
 */
@IntegrationTest
class NotificationServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationJobs jobs;

    @Autowired
    FollowUpService followUps;

    @Autowired
    CampaignService campaigns;

    @Autowired
    MeetingService meetings;

    @Autowired
    ReferenceService reference;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    SignInAttempts signInAttempts;

    @Autowired
    SecurityProperties security;

    @Autowired
    SystemAccess system;

    @Autowired
    TestClock clock;

    TestOutreach outreach;
    CampaignDetails campaign;
    long japan;
    String officer;
    long officerId;

    @BeforeEach
    void setUp() {
        outreach = new TestOutreach(context);
        japan = outreach.countryId("JP");
        campaign = outreach.activeCampaign(60, Set.of(japan, outreach.countryId("BR")));
        officer = account(Role.DESK_OFFICER, Set.of(japan));
        officerId = outreach.userId(officer);
    }

    @AfterEach
    void tearDown() {
        TestSignIn.anonymous();
        clock.reset();
        outreach.closeCampaigns();
    }

    @Test
    void aFollowUpAssignedByAManagerTellsTheNewOwnerOnceWithALinkToIt() {
        FollowUpRef followUp =
                outreach.as("manager", () -> followUps.create(campaign.id(), japan, draft(officerId, 10)));

        List<NotificationRef> told = mine(officer);
        assertThat(told).hasSize(1);
        assertThat(told.getFirst().kind()).isEqualTo(NotificationKind.FOLLOW_UP_ASSIGNED);
        assertThat(told.getFirst().title())
                .startsWith("Follow-up assigned to you by Maria Manager (demo): Japan, " + campaign.title())
                .endsWith(", due " + Titles.date(followUp.dueDate()));
        assertThat(told.getFirst().link()).isEqualTo("follow-ups");
        assertThat(told.getFirst().read()).isFalse();
        assertThat(outreach.as(officer, () -> notifications.unreadCount())).isEqualTo(1);

        // Given to someone else and back: told again, as a new assignment.
        FollowUpRef away = outreach.as(
                "manager", () -> followUps.reassign(followUp.id(), followUp.version(), outreach.userId("officer")));
        outreach.as("manager", () -> followUps.reassign(away.id(), away.version(), officerId));
        assertThat(mine(officer)).hasSize(2);
    }

    @Test
    void nobodyIsToldOfAFollowUpTheyGaveThemselves() {
        outreach.as(officer, () -> followUps.create(campaign.id(), japan, draft(officerId, 10)));

        assertThat(mine(officer)).isEmpty();
    }

    @Test
    void aFollowUpDueTomorrowAndThenOverdueIsToldOnceEachUntilItIsDone() {
        FollowUpRef followUp = outreach.as(officer, () -> followUps.create(campaign.id(), japan, draft(officerId, 1)));

        jobs.checkDueDates();
        jobs.checkDueDates();
        assertThat(titles(officer)).containsExactly("Follow-up due tomorrow: Japan, " + campaign.title());

        clock.advance(Duration.ofDays(2));
        jobs.checkDueDates();
        jobs.checkDueDates();
        assertThat(titles(officer))
                .containsExactlyInAnyOrder(
                        "Follow-up due tomorrow: Japan, " + campaign.title(),
                        "Follow-up overdue since " + Titles.date(followUp.dueDate()) + ": Japan, " + campaign.title());

        // Done: no more reminders about it, however late it was.
        outreach.as(
                officer, () -> followUps.changeStatus(followUp.id(), followUp.version(), FollowUpStatus.DONE, "Sent."));
        clock.advance(Duration.ofDays(1));
        jobs.checkDueDates();
        assertThat(mine(officer)).hasSize(2);
    }

    @Test
    void aTaskingNearItsReportByDateAndThenLapsedTellsTheDeskOfficers() {
        LocalDate reportBy = outreach.today().plusDays(2);
        CampaignDetails due = outreach.as("manager", () -> {
            long id = campaigns.create(new CampaignDraft(
                    TestOutreach.unique("Reporting campaign"),
                    TestOutreach.unique("TEST CABLE"),
                    "Objective.",
                    outreach.daysAgo(5),
                    reportBy,
                    CampaignStatus.ACTIVE,
                    false,
                    Set.of(japan)));
            outreach.track(id);
            return campaigns.campaign(id).orElseThrow();
        });
        String otherDesk = account(Role.DESK_OFFICER, Set.of(outreach.countryId("BR")));

        jobs.checkDueDates();
        assertThat(titles(officer))
                .containsExactly("Report due in 2 days, on " + Titles.date(reportBy) + ": " + due.title() + ", Japan");
        assertThat(mine(otherDesk)).isEmpty();

        clock.advance(Duration.ofDays(3));
        jobs.checkDueDates();
        assertThat(titles(officer))
                .contains("Report overdue since " + Titles.date(reportBy) + ": " + due.title() + ", Japan")
                .hasSize(2);
        assertThat(mine(officer))
                .allMatch(n ->
                        n.kind() == NotificationKind.TASKING_DUE && n.link().equals("my-desk"));
    }

    @Test
    void theDailySummaryReachesEveryManagerOnceADay() {
        String manager = account(Role.MANAGER, Set.of());
        // An overdue follow-up, so that there is something to sum up.
        outreach.as("manager", () -> followUps.create(campaign.id(), japan, draft(officerId, 1)));
        clock.advance(Duration.ofDays(3));

        jobs.daily();
        jobs.daily();

        List<NotificationRef> summaries = mine(manager);
        assertThat(summaries).hasSize(1);
        assertThat(summaries.getFirst().kind()).isEqualTo(NotificationKind.DAILY_SUMMARY);
        assertThat(summaries.getFirst().title())
                .startsWith("Daily summary for " + Titles.date(outreach.today()) + ": ")
                .containsPattern("\\d[\\d,]* lapsed taskings?, \\d[\\d,]* overdue follow-ups?");
        assertThat(summaries.getFirst().link()).isEqualTo("dashboard");
        // Not for desk officers.
        assertThat(mine(officer)).noneMatch(n -> n.kind() == NotificationKind.DAILY_SUMMARY);

        clock.advance(Duration.ofDays(1));
        jobs.daily();
        assertThat(mine(manager)).hasSize(2);
    }

    @Test
    void aMeetingAtAnotherPostWithACounterpartMetLatelyTellsWhoMetThem() {
        CounterpartRef minister = outreach.counterpart("JP", TestOutreach.unique("Vice-minister"));
        PostRef embassy = outreach.post("JP");
        PostRef other = outreach.as("manager", () -> reference.postsCovering(japan)).stream()
                .filter(post -> post.id() != embassy.id() && post.active())
                .findFirst()
                .orElseThrow(() -> new AssertionError("The demo data has a second post covering Japan"));
        outreach.as(officer, () -> meetings.log(meeting(embassy, outreach.daysAgo(10), minister.id())));
        assertThat(mine(officer)).isEmpty();

        long logged = outreach.as("manager", () -> meetings.log(meeting(other, outreach.daysAgo(1), minister.id())));

        List<NotificationRef> told = mine(officer);
        assertThat(told).hasSize(1);
        assertThat(told.getFirst().kind()).isEqualTo(NotificationKind.COUNTERPART_MET);
        assertThat(told.getFirst().title())
                .isEqualTo(other.name() + " met " + minister.name() + ", whom you met on "
                        + Titles.date(outreach.daysAgo(10)));
        assertThat(told.getFirst().link()).isEqualTo("meetings/" + logged);
    }

    @Test
    void aLockedAccountIsReportedToTheAdministratorsAndStaysLocked() {
        String admin = account(Role.ADMIN, Set.of());
        String victim = account(Role.DESK_OFFICER, Set.of(japan));
        for (int i = 0; i < security.lockout().maxFailedAttempts(); i++) {
            signInAttempts.failed(victim, "198.51.100.4", SignInAttempts.Failure.BAD_CREDENTIALS);
        }

        assertThat(titles(admin)).singleElement().asString().startsWith("Account '" + victim + "' locked after ");
        assertThat(mine(admin).getFirst().link()).isEqualTo("admin/users");
        assertThat(outreach.as("admin", () -> accountAdmin.account(outreach.userId(victim)))
                        .orElseThrow()
                        .state()
                        .name())
                .isEqualTo("LOCKED");
    }

    @Test
    void eachPersonReadsAndMarksOnlyTheirOwn() {
        outreach.as("manager", () -> followUps.create(campaign.id(), japan, draft(officerId, 10)));
        outreach.as("manager", () -> followUps.create(campaign.id(), japan, draft(officerId, 11)));
        long first = mine(officer).getFirst().id();
        String someoneElse = account(Role.DESK_OFFICER, Set.of(japan));

        assertThatThrownBy(() -> outreach.as(someoneElse, () -> notifications.markRead(first)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This notification is no longer there.");
        assertThat(outreach.as(officer, () -> notifications.unreadCount())).isEqualTo(2);

        outreach.as(officer, () -> notifications.markRead(first));
        assertThat(outreach.as(officer, () -> notifications.unreadCount())).isEqualTo(1);
        assertThat(mine(officer))
                .filteredOn(NotificationRef::read)
                .extracting(NotificationRef::id)
                .containsExactly(first);

        assertThat(outreach.as(officer, () -> notifications.markAllRead())).isEqualTo(1);
        assertThat(outreach.as(officer, () -> notifications.unreadCount())).isZero();
        assertThatThrownBy(() -> outreach.as(officer, () -> notifications.page(0, 500)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aDeactivatedAccountIsToldNothing() {
        outreach.as(officer, () -> followUps.create(campaign.id(), japan, draft(officerId, 1)));
        long version = outreach.as("admin", () -> accountAdmin.account(officerId))
                .orElseThrow()
                .version();
        outreach.as("admin", () -> accountAdmin.deactivate(officerId, version));

        jobs.checkDueDates();

        assertThat(notificationsOf(officerId)).isZero();
    }

    @Test
    void eachPersonChoosesHowToHearOfTheKindsForTheirRoles() {
        assertThat(outreach.as(officer, () -> notifications.preferences()))
                .extracting(PreferenceChoice::kind)
                .containsExactly(
                        NotificationKind.FOLLOW_UP_ASSIGNED,
                        NotificationKind.FOLLOW_UP_DUE,
                        NotificationKind.TASKING_DUE,
                        NotificationKind.COUNTERPART_MET);
        assertThat(outreach.as(officer, () -> notifications.preferences()))
                .allMatch(choice -> choice.delivery() == Delivery.IN_APP);

        outreach.as(officer, () -> notifications.choose(NotificationKind.FOLLOW_UP_DUE, Delivery.DAILY_DIGEST));
        outreach.as(officer, () -> notifications.choose(NotificationKind.FOLLOW_UP_DUE, Delivery.IMMEDIATE_EMAIL));

        assertThat(outreach.as(officer, () -> notifications.preferences()))
                .contains(new PreferenceChoice(NotificationKind.FOLLOW_UP_DUE, Delivery.IMMEDIATE_EMAIL))
                .contains(new PreferenceChoice(NotificationKind.TASKING_DUE, Delivery.IN_APP));
        assertThatThrownBy(() -> outreach.as(
                        officer, () -> notifications.choose(NotificationKind.DAILY_SUMMARY, Delivery.DAILY_DIGEST)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This kind of notification is not sent to your roles.");
        assertThat(outreach.as("admin", () -> notifications.preferences()))
                .extracting(PreferenceChoice::kind)
                .containsExactly(NotificationKind.ACCOUNT_LOCKED, NotificationKind.MAIL_FAILED);
    }

    // --- helpers ---------------------------------------------------------------------------------

    @Autowired
    NotificationRepository repository;

    private long notificationsOf(long userId) {
        return repository.countFor(userId);
    }

    /** A new active account with the role (and desk), whose notifications start empty. */
    private String account(Role role, Set<Long> desk) {
        String username = TestOutreach.unique("notified")
                .toLowerCase(java.util.Locale.ROOT)
                .replace(' ', '-');
        system.asSystem(() -> accountAdmin.createAccount(
                new NewAccount(username, "Person " + username, "Pw-" + UUID.randomUUID(), EnumSet.of(role), desk)));
        return username;
    }

    private List<NotificationRef> mine(String username) {
        return outreach.as(username, () -> notifications.page(0, 100));
    }

    private List<String> titles(String username) {
        return mine(username).stream().map(NotificationRef::title).toList();
    }

    private FollowUpDraft draft(long ownerId, int dueInDays) {
        return new FollowUpDraft("Send the non-paper", ownerId, outreach.today().plusDays(dueInDays), Priority.MEDIUM);
    }

    private MeetingDraft meeting(PostRef post, LocalDate date, long counterpartId) {
        return new MeetingDraft(
                campaign.id(),
                japan,
                post.id(),
                date,
                MeetingFormat.IN_PERSON,
                "Ambassador",
                Set.of(counterpartId),
                List.of(),
                OverallResponse.RECEPTIVE,
                "Raised the concern.",
                null,
                "UNCLASSIFIED",
                List.of());
    }
}
