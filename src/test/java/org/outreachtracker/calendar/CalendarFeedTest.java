package org.outreachtracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestClock;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.tasking.TaskingFilter;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.TaskingState;
import org.outreachtracker.tasking.WaiverReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal calendar feeds fetched over HTTP as a calendar application would: exactly the owner's
 * outstanding follow-ups and their desk's outstanding report-by dates, titles only, with stable
 * UIDs; an address that was replaced or turned off, or of a deactivated account, answers 404; no
 * session; rate-limited; every fetch in the audit trail under the owner's name.
 */
@IntegrationTest
class CalendarFeedTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    CampaignService campaigns;

    @Autowired
    FollowUpService followUps;

    @Autowired
    TaskingService taskings;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE =
            new java.util.concurrent.atomic.AtomicInteger();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestOutreach outreach;

    @BeforeEach
    void data() {
        outreach = new TestOutreach(context);
    }

    @AfterEach
    void cleanUp() {
        ((TestClock) clock).reset();
        outreach.closeCampaigns();
    }

    @Test
    void theFeedHoldsExactlyTheOwnersOpenFollowUpsAndDeskReportDatesTitlesOnly() throws Exception {
        String officer = newOfficer("KE");
        String colleague = newOfficer("JP");
        long officerId = outreach.userId(officer);
        long colleagueId = outreach.userId(colleague);
        LocalDate today = outreach.today();
        CampaignDetails shared = campaignWithReportBy(today.plusDays(20), "KE", "JP");
        CampaignDetails reported = campaignWithReportBy(today.plusDays(30), "KE");
        FollowUpRef open = followUp(shared, "KE", officerId, today.plusDays(5), "Secret: call the minister's aide");
        FollowUpRef done = followUp(shared, "KE", officerId, today.plusDays(6), "Done before the feed is read");
        FollowUpRef colleagues = followUp(shared, "JP", colleagueId, today.plusDays(7), "The colleague's own");
        outreach.as("manager", () -> followUps.changeStatus(done.id(), done.version(), FollowUpStatus.DONE, "Done."));
        TaskingRef deskTasking = tasking(shared, "KE");
        TaskingRef otherDesk = tasking(shared, "JP");
        TaskingRef reportedTasking = tasking(reported, "KE");
        outreach.as(
                "manager",
                () -> taskings.markReported(
                        reportedTasking.id(),
                        reportedTasking.version(),
                        "TEST REPORT 1",
                        today,
                        WaiverReason.HOST_GOVERNMENT_UNAVAILABLE));

        FeedAddress address = outreach.as(officer, () -> feeds.turnOn());
        FeedAddress colleaguesAddress = outreach.as(colleague, () -> feeds.turnOn());
        HttpResponse<String> response = get(address);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/calendar;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session").isEmpty();
        ICalendar calendar = Biweekly.parse(response.body()).first();
        Map<String, VEvent> events = byUid(calendar);
        Set<String> expectedTaskings = deskReportDates(officer).stream()
                .map(t -> "tasking-" + t.id() + "@outreach-tracker")
                .collect(Collectors.toSet());
        assertThat(expectedTaskings)
                .contains("tasking-" + deskTasking.id() + "@outreach-tracker")
                .doesNotContain(
                        "tasking-" + otherDesk.id() + "@outreach-tracker",
                        "tasking-" + reportedTasking.id() + "@outreach-tracker");
        Set<String> expected = new java.util.HashSet<>(expectedTaskings);
        expected.add("follow-up-" + open.id() + "@outreach-tracker");
        assertThat(events.keySet()).isEqualTo(expected);
        assertThat(events)
                .doesNotContainKeys(
                        "follow-up-" + done.id() + "@outreach-tracker",
                        "follow-up-" + colleagues.id() + "@outreach-tracker");

        VEvent followUpEvent = events.get("follow-up-" + open.id() + "@outreach-tracker");
        assertThat(followUpEvent.getSummary().getValue()).isEqualTo("Follow-up due: Kenya \u2013 " + shared.title());
        assertThat(followUpEvent.getUrl().getValue()).isEqualTo("http://localhost:8080/follow-ups");
        assertThat(day(followUpEvent)).isEqualTo(today.plusDays(5));
        assertThat(followUpEvent.getDateStart().getValue().hasTime())
                .as("all-day")
                .isFalse();
        VEvent taskingEvent = events.get("tasking-" + deskTasking.id() + "@outreach-tracker");
        assertThat(taskingEvent.getSummary().getValue()).isEqualTo("Report due: " + shared.title() + " \u2013 Kenya");
        assertThat(taskingEvent.getUrl().getValue()).isEqualTo("http://localhost:8080/my-desk");
        assertThat(day(taskingEvent)).isEqualTo(today.plusDays(20));
        assertThat(taskingEvent.getDateTimeStamp()).isNotNull();
        assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue())
                .isEqualTo("Outreach Tracker \u2013 Calendar tester " + officer);
        assertThat(response.body())
                .contains("DTSTART;VALUE=DATE:" + today.plusDays(5).toString().replace("-", ""))
                .doesNotContain("minister's aide", "Secret");

        // The colleague's feed: their own follow-up and desk, none of the officer's items.
        Map<String, VEvent> colleaguesEvents =
                byUid(Biweekly.parse(get(colleaguesAddress).body()).first());
        assertThat(colleaguesEvents)
                .containsKeys(
                        "follow-up-" + colleagues.id() + "@outreach-tracker",
                        "tasking-" + otherDesk.id() + "@outreach-tracker")
                .doesNotContainKeys(
                        "follow-up-" + open.id() + "@outreach-tracker",
                        "tasking-" + deskTasking.id() + "@outreach-tracker");

        // Fetched again: the same entries under the same UIDs; a follow-up done since leaves the feed.
        assertThat(byUid(Biweekly.parse(get(address).body()).first()).keySet()).isEqualTo(expected);
        outreach.as(
                "manager",
                () -> followUps.changeStatus(open.id(), open.version(), FollowUpStatus.CANCELLED, "Not needed."));
        assertThat(byUid(Biweekly.parse(get(address).body()).first()))
                .doesNotContainKey("follow-up-" + open.id() + "@outreach-tracker")
                .containsKey("tasking-" + deskTasking.id() + "@outreach-tracker");

        assertThat(events(officer, "SUCCESS")).isEqualTo(3);
        assertThat(jdbc.queryForList(
                        "select details from audit_event where action = 'CALENDAR_FEED_READ'", String.class))
                .noneMatch(details -> details != null && details.contains(token(address)));
    }

    @Test
    void aReplacedOrTurnedOffAddressAnswersNotFoundAtOnce() throws Exception {
        String officer = newOfficer("KE");
        long unknownBefore = events(CalendarFeedService.UNKNOWN_CALLER, "FAILURE");
        FeedAddress first = outreach.as(officer, () -> feeds.turnOn());
        assertThat(get(first).statusCode()).isEqualTo(200);
        assertThat(outreach.as(officer, () -> feeds.feedStatus()).on()).isTrue();

        FeedAddress second = outreach.as(officer, () -> feeds.regenerate());
        HttpResponse<String> old = get(first);
        assertThat(old.statusCode()).isEqualTo(404);
        assertThat(old.body()).as("no hint why").isEmpty();
        assertThat(get(second).statusCode()).isEqualTo(200);

        outreach.as(officer, () -> feeds.turnOff());
        assertThat(get(second).statusCode()).isEqualTo(404);
        assertThat(outreach.as(officer, () -> feeds.feedStatus()).on()).isFalse();
        assertThat(auditedChanges(officer)).containsExactly("CREATED", "CHANGED", "DELETED");
        assertThat(events(officer, "SUCCESS")).isEqualTo(2);
        // An address no feed has any more belongs to nobody: recorded without a name.
        assertThat(events(CalendarFeedService.UNKNOWN_CALLER, "FAILURE") - unknownBefore)
                .isEqualTo(2);
    }

    @Test
    void anUnknownAddressAndADeactivatedAccountsAddressAnswerNotFound() throws Exception {
        HttpResponse<String> unknown = get("/calendar/" + FeedTokens.newToken() + ".ics");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEmpty();
        assertThat(get("/calendar/not-a-token.ics").statusCode()).isEqualTo(404);
        assertThat(get("/calendar/").statusCode()).isIn(403, 404);

        String officer = newOfficer("KE");
        FeedAddress address = outreach.as(officer, () -> feeds.turnOn());
        long id = outreach.userId(officer);
        outreach.as(
                "admin",
                () -> accountAdmin.deactivate(
                        id, accountAdmin.account(id).orElseThrow().version()));

        assertThat(get(address).statusCode()).isEqualTo(404);
        assertThat(events(officer, "FAILURE")).isEqualTo(1);
    }

    @Test
    void tooManyFetchesOfOneFeedAreRefusedUntilTheWindowHasPassed() throws Exception {
        String officer = newOfficer("KE");
        FeedAddress address = outreach.as(officer, () -> feeds.turnOn());
        for (int i = 0; i < 60; i++) {
            assertThat(get(address).statusCode()).as("fetch %d", i + 1).isEqualTo(200);
        }

        HttpResponse<String> refused = get(address);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
                .get()
                .satisfies(seconds -> assertThat(seconds).isBetween(1L, 600L));
        assertThat(get(address).statusCode()).isEqualTo(429);
        assertThat(events(officer, "DENIED"))
                .as("the first refusal of the window is recorded")
                .isEqualTo(1);

        ((TestClock) clock).advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(get(address).statusCode()).isEqualTo(200);
    }

    private String newOfficer(String deskCountry) {
        String username =
                "cal-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + SEQUENCE.incrementAndGet();
        Set<Long> desk = Set.of(outreach.countryId(deskCountry));
        systemAccess.asSystem(() -> accountAdmin.createAccount(new NewAccount(
                username,
                "Calendar tester " + username,
                "Plum7!Violet^Rover-Quay",
                EnumSet.of(Role.DESK_OFFICER),
                desk)));
        return username;
    }

    private CampaignDetails campaignWithReportBy(LocalDate reportBy, String... targets) {
        return outreach.as("manager", () -> {
            long id = campaigns.create(new CampaignDraft(
                    TestOutreach.unique("Calendar campaign"),
                    TestOutreach.unique("CAL CABLE"),
                    "Objective of a calendar test.",
                    outreach.daysAgo(3),
                    reportBy,
                    CampaignStatus.ACTIVE,
                    false,
                    outreach.countryIds(targets)));
            outreach.track(id);
            return campaigns.campaign(id).orElseThrow();
        });
    }

    private FollowUpRef followUp(
            CampaignDetails campaign, String country, long ownerId, LocalDate due, String description) {
        long countryId = outreach.countryId(country);
        return outreach.as(
                "manager",
                () -> followUps.create(
                        campaign.id(), countryId, new FollowUpDraft(description, ownerId, due, Priority.MEDIUM)));
    }

    private TaskingRef tasking(CampaignDetails campaign, String country) {
        long countryId = outreach.countryId(country);
        return outreach.as("manager", () -> taskings.taskingOf(campaign.id(), countryId))
                .orElseThrow();
    }

    /** What the officer's desk owes, as the taskings list tells a manager: outstanding, active campaigns, with a date. */
    private List<TaskingRef> deskReportDates(String officer) {
        long desk = outreach.countryId("KE");
        TaskingFilter filter = TaskingFilter.all()
                .withCountries(Set.of(desk))
                .withStates(TaskingState.OUTSTANDING)
                .withActiveCampaignsOnly(true);
        return outreach.as("manager", () -> taskings.taskings(filter, Pageable.unpaged())).stream()
                .filter(t -> t.reportBy() != null)
                .toList();
    }

    private static Map<String, VEvent> byUid(ICalendar calendar) {
        return calendar.getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    private static LocalDate day(VEvent event) {
        return event.getDateStart()
                .getValue()
                .toInstant()
                .atZone(ZoneId.systemDefault())
                .toLocalDate();
    }

    private long events(String username, String outcome) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where username = ? and action = 'CALENDAR_FEED_READ'"
                        + " and outcome = ?",
                Long.class,
                username,
                outcome);
    }

    private List<String> auditedChanges(String username) {
        return jdbc.queryForList(
                "select action from audit_event where username = ? and object_type = 'CALENDAR_FEED'"
                        + " and action <> 'CALENDAR_FEED_READ' order by id",
                String.class,
                username);
    }

    private static String token(FeedAddress address) {
        return address.path().substring("calendar/".length(), address.path().length() - ".ics".length());
    }

    private HttpResponse<String> get(FeedAddress address) throws Exception {
        assertThat(address.url()).isEqualTo("http://localhost:8080/" + address.path());
        return get("/" + address.path());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
