package org.outreachtracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.campaign.TalkingPointRef;
import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.coverage.CoverageFilter;
import org.outreachtracker.coverage.CoverageService;
import org.outreachtracker.coverage.CoverageStatus;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo outreach is as README and the sign-in page describe it, and the same on every first
 * start. To look at a whole generated set without disturbing the demo data other tests use, the
 * generator runs again inside a transaction that is rolled back.
 */
@IntegrationTest
class DemoOutreachTest {

    @Autowired
    DemoOutreach demoOutreach;

    @Autowired
    CampaignService campaigns;

    @Autowired
    MeetingService meetings;

    @Autowired
    FollowUpService followUps;

    @Autowired
    CoverageService coverage;

    @Autowired
    ReferenceService reference;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAccountService accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    Clock clock;

    /** What one run of the generator produced, with dates as days from that run's today. */
    record Generated(
            DemoOutreach.Created created,
            int newCampaigns,
            List<String> campaignLines,
            List<String> meetingLines,
            List<String> followUpLines,
            Set<OverallResponse> responses,
            List<String> notApproachedTargets,
            long overdueFollowUps,
            long meetingsByOfficer) {}

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void theLoadedDemoHasAnActiveCampaignWithFivePointsAndAClosedOne() {
        TestSignIn.as(users, "manager");

        CampaignDetails ai = latest(DemoTexts.AI_TITLE);
        CampaignDetails minerals = latest(DemoTexts.MINERALS_TITLE);

        assertThat(ai.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(ai.cableReference()).isEqualTo(DemoTexts.AI_CABLE);
        assertThat(ai.points(1))
                .extracting(TalkingPointRef::label)
                .containsExactly(
                        "Extraction at scale",
                        "What distillation hides",
                        "Procurement caution",
                        "Protecting your own developers",
                        "Next steps");
        assertThat(ai.currentPoints())
                .extracting(TalkingPointRef::label)
                .containsExactly(
                        "Extraction at scale",
                        "What distillation hides",
                        "Evidence we can share",
                        "Protecting your own developers",
                        "A named point of contact");
        assertThat(minerals.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(minerals.points()).hasSize(3);
        assertThat(campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE)))
                .extracting(CampaignSummary::id)
                .contains(ai.id())
                .doesNotContain(minerals.id());
        assertThat(meetings.count(MeetingFilter.none().withCampaign(ai.id()))).isBetween(300L, 520L);
        // The dashboard's denominators count states only: no territory is a demo target.
        assertThat(ai.targetCountryIds())
                .hasSizeBetween(170, 190)
                .allSatisfy(id -> assertThat(reference.country(id).orElseThrow().isState())
                        .as(reference.country(id).orElseThrow().name())
                        .isTrue());
    }

    @Test
    void theGeneratorIsDeterministicAndGivesWhatTheDemoPromises() {
        Generated first = generateAndRollBack();
        Generated second = generateAndRollBack();

        assertThat(second.created()).isEqualTo(first.created());
        assertThat(second.campaignLines()).containsExactlyElementsOf(first.campaignLines());
        assertThat(second.meetingLines()).containsExactlyElementsOf(first.meetingLines());
        assertThat(second.followUpLines()).containsExactlyElementsOf(first.followUpLines());

        assertThat(first.newCampaigns()).isEqualTo(3);
        assertThat(first.created().campaigns()).isEqualTo(3);
        assertThat(first.created().counterparts()).isBetween(250, 400);
        assertThat(first.created().meetings()).isBetween(350, 500);
        assertThat(first.meetingLines()).hasSize(first.created().meetings());
        assertThat(first.followUpLines()).hasSize(first.created().followUps()).isNotEmpty();
        assertThat(first.responses())
                .as("every overall response, and pending ones")
                .containsAll(EnumSet.allOf(OverallResponse.class))
                .contains((OverallResponse) null);
        assertThat(first.notApproachedTargets())
                .as("not every target is reached")
                .contains("AU", "PL", "KZ", "CL")
                .hasSizeGreaterThan(10);
        assertThat(first.overdueFollowUps()).as("some follow-ups are overdue").isPositive();
        assertThat(first.meetingsByOfficer())
                .as("the demo officer has meetings of their own")
                .isPositive();

        TestSignIn.as(users, "manager");
        assertThat(campaigns.campaigns(PageRequest.of(0, 1000)).getContent())
                .as("the generated runs were rolled back")
                .filteredOn(c -> c.title().equals(DemoTexts.AI_TITLE))
                .hasSize(1);
    }

    private Generated generateAndRollBack() {
        var template = new TransactionTemplate(transactions);
        return template.execute(status -> {
            status.setRollbackOnly();
            LocalDate today = LocalDate.now(clock);
            int campaignsBefore =
                    systemAccess.asUser("manager", () -> allCampaigns().size());
            DemoOutreach.Created created = demoOutreach.create();
            entityManager.flush();
            return systemAccess.asUser("manager", () -> describe(created, today, campaignsBefore));
        });
    }

    /** The newest campaigns of the demo titles (the ones just generated), as plain lines. */
    private Generated describe(DemoOutreach.Created created, LocalDate today, int campaignsBefore) {
        Map<Long, String> countryCodes =
                reference.countries().stream().collect(Collectors.toMap(CountryRef::id, CountryRef::code));
        long officer = userId("officer");
        List<String> campaignLines = new ArrayList<>();
        List<String> meetingLines = new ArrayList<>();
        List<String> followUpLines = new ArrayList<>();
        Set<OverallResponse> responses = new HashSet<>();
        long meetingsByOfficer = 0;
        for (String title : List.of(DemoTexts.AI_TITLE, DemoTexts.MINERALS_TITLE, DemoTexts.WORKING_GROUP_TITLE)) {
            CampaignDetails campaign = latest(title);
            campaignLines.add(String.join(
                    "|",
                    campaign.title(),
                    campaign.status().name(),
                    days(campaign.issueDate(), today),
                    days(campaign.deadline(), today),
                    String.valueOf(campaign.targetCountryIds().size()),
                    campaign.points().stream().map(TalkingPointRef::label).collect(Collectors.joining(";"))));
            var rows = meetings.search(
                            MeetingFilter.none().withCampaign(campaign.id()),
                            PageRequest.of(0, 10_000, Sort.by("meetingDate", "countryName")))
                    .getContent();
            for (MeetingRow row : rows) {
                var details = meetings.meeting(row.id()).orElseThrow();
                meetingLines.add(String.join(
                        "|",
                        countryCodes.get(row.countryId()),
                        days(row.meetingDate(), today),
                        row.postName(),
                        row.format().name(),
                        String.valueOf(row.overallResponse()),
                        row.reportedBy(),
                        row.counterparts(),
                        details.deliveredBy(),
                        details.summary(),
                        details.points().stream()
                                .map(p -> p.label() + "=" + p.reaction())
                                .collect(Collectors.joining(";"))));
                responses.add(row.overallResponse());
                if (row.reportedById() == officer) {
                    meetingsByOfficer++;
                }
            }
            var campaignFollowUps = new FollowUpFilter(null, Set.of(), false, campaign.id(), null, null);
            for (FollowUpRef f :
                    followUps.search(campaignFollowUps, Pageable.unpaged()).getContent()) {
                followUpLines.add(String.join(
                        "|",
                        countryCodes.get(f.countryId()),
                        f.description(),
                        days(f.dueDate(), today),
                        f.priority().name(),
                        f.status().name(),
                        String.valueOf(f.completionNote()),
                        String.valueOf(f.overdue())));
            }
        }
        followUpLines.sort(null);
        CampaignDetails ai = latest(DemoTexts.AI_TITLE);
        List<String> notApproached = coverage.coverage(ai.id(), CoverageFilter.none()).stream()
                .filter(c -> c.status() == CoverageStatus.NOT_APPROACHED)
                .map(CountryCoverage::countryId)
                .map(countryCodes::get)
                .toList();
        long overdue = followUps.count(new FollowUpFilter(null, Set.of(), true, ai.id(), null, null));
        return new Generated(
                created,
                allCampaigns().size() - campaignsBefore,
                campaignLines,
                meetingLines,
                followUpLines,
                responses,
                notApproached,
                overdue,
                meetingsByOfficer);
    }

    private long userId(String username) {
        return accounts.users().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private List<CampaignSummary> allCampaigns() {
        return campaigns.campaigns(PageRequest.of(0, 10_000)).getContent();
    }

    private CampaignDetails latest(String title) {
        long id = allCampaigns().stream()
                .filter(c -> c.title().equals(title))
                .mapToLong(CampaignSummary::id)
                .max()
                .orElseThrow();
        return campaigns.campaign(id).orElseThrow();
    }

    private static String days(LocalDate date, LocalDate today) {
        return date == null ? "-" : String.valueOf(date.toEpochDay() - today.toEpochDay());
    }
}
