package org.outreachtracker.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Coverage of an own campaign, built so that each rule of {@link CoverageService} shows in one
 * country: the latest response wins, the last logged wins on the same date, a pending meeting
 * does not erase a response, only-pending is pending, targeted without meetings is not yet
 * approached, and outstanding and overdue follow-ups are counted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageServiceTest {

    @Autowired
    CoverageService coverage;

    @Autowired
    MeetingService meetings;

    @Autowired
    FollowUpService followUps;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ReferenceService reference;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;
    CampaignDetails closedCampaign;

    @BeforeAll
    void logMeetings() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(120, outreach.countryIds("JP", "KR", "SG", "FR", "DE", "BR", "IN"));
        // Japan: the later meeting's response wins over the earlier one's.
        log("JP", 30, OverallResponse.SUPPORTIVE);
        log("JP", 10, OverallResponse.REJECTED);
        // South Korea and Singapore: on the same date, the meeting logged last wins (both orders).
        log("KR", 20, OverallResponse.RECEPTIVE);
        log("KR", 20, OverallResponse.SKEPTICAL);
        log("SG", 20, OverallResponse.SKEPTICAL);
        log("SG", 20, OverallResponse.RECEPTIVE);
        // France: a later meeting still waiting for a response keeps the known one.
        log("FR", 30, OverallResponse.NONCOMMITTAL);
        log("FR", 5, null);
        // Germany: only pending meetings.
        log("DE", 15, null);
        log("DE", 12, null);
        // Poland is not targeted but was approached anyway.
        log("PL", 8, OverallResponse.SUPPORTIVE);
        // Brazil and India are targeted and never approached; Australia neither targeted nor approached.

        long officer = outreach.userId("officer");
        long japan = outreach.countryId("JP");
        outreach.as("officer", () -> {
            followUps.create(
                    campaign.id(),
                    japan,
                    new FollowUpDraft(
                            "Open, due later", officer, outreach.today().plusDays(10), Priority.MEDIUM));
            followUps.create(
                    campaign.id(),
                    japan,
                    new FollowUpDraft("Open, overdue", officer, outreach.daysAgo(1), Priority.HIGH));
            FollowUpRef started = followUps.create(
                    campaign.id(),
                    japan,
                    new FollowUpDraft("In progress, overdue", officer, outreach.daysAgo(3), Priority.HIGH));
            followUps.changeStatus(started.id(), started.version(), FollowUpStatus.IN_PROGRESS, null);
            FollowUpRef done = followUps.create(
                    campaign.id(),
                    japan,
                    new FollowUpDraft("Done, was due earlier", officer, outreach.daysAgo(5), Priority.LOW));
            followUps.changeStatus(done.id(), done.version(), FollowUpStatus.DONE, "Done.");
            FollowUpRef cancelled = followUps.create(
                    campaign.id(), japan, new FollowUpDraft("Cancelled", officer, outreach.daysAgo(5), Priority.LOW));
            followUps.changeStatus(cancelled.id(), cancelled.version(), FollowUpStatus.CANCELLED, null);
        });

        closedCampaign = outreach.activeCampaign(150, outreach.countryIds("JP"));
        log(closedCampaign, "JP", 80, OverallResponse.SUPPORTIVE);
        outreach.setStatus(closedCampaign.id(), CampaignStatus.CLOSED);
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @AfterAll
    void closeCampaigns() {
        outreach.closeCampaigns();
    }

    @Test
    void theLatestResponseWins() {
        CountryCoverage japan = byCode(CoverageFilter.none()).get("JP");
        assertThat(japan.status()).isEqualTo(CoverageStatus.REJECTED);
        assertThat(japan.meetings()).isEqualTo(2);
        assertThat(japan.lastMeetingDate()).isEqualTo(outreach.daysAgo(10));
        assertThat(japan.targeted()).isTrue();
    }

    @Test
    void onTheSameDateTheMeetingLoggedLastWins() {
        Map<String, CountryCoverage> countries = byCode(CoverageFilter.none());
        assertThat(countries.get("KR").status()).isEqualTo(CoverageStatus.SKEPTICAL);
        assertThat(countries.get("SG").status()).isEqualTo(CoverageStatus.RECEPTIVE);
    }

    @Test
    void aLaterPendingMeetingDoesNotEraseAKnownResponse() {
        CountryCoverage france = byCode(CoverageFilter.none()).get("FR");
        assertThat(france.status()).isEqualTo(CoverageStatus.NONCOMMITTAL);
        assertThat(france.meetings()).isEqualTo(2);
        assertThat(france.lastMeetingDate())
                .as("the pending meeting is still the last one")
                .isEqualTo(outreach.daysAgo(5));
    }

    @Test
    void onlyPendingMeetingsMeanResponsePending() {
        CountryCoverage germany = byCode(CoverageFilter.none()).get("DE");
        assertThat(germany.status()).isEqualTo(CoverageStatus.PENDING);
        assertThat(germany.status().isApproached()).isTrue();
        assertThat(germany.meetings()).isEqualTo(2);
    }

    @Test
    void countriesWithoutMeetingsAreNotApproachedOrNotTargeted() {
        Map<String, CountryCoverage> countries = byCode(CoverageFilter.none());
        assertThat(countries.get("BR").status()).isEqualTo(CoverageStatus.NOT_APPROACHED);
        assertThat(countries.get("BR").targeted()).isTrue();
        assertThat(countries.get("BR").meetings()).isZero();
        assertThat(countries.get("BR").lastMeetingDate()).isNull();
        assertThat(countries.get("AU").status()).isEqualTo(CoverageStatus.NOT_TARGETED);
        assertThat(countries.get("AU").targeted()).isFalse();
        assertThat(countries.get("AU").status().isApproached()).isFalse();
    }

    @Test
    void aMeetingInANonTargetedCountryCounts() {
        CountryCoverage poland = byCode(CoverageFilter.none()).get("PL");
        assertThat(poland.targeted()).isFalse();
        assertThat(poland.status()).isEqualTo(CoverageStatus.SUPPORTIVE);
    }

    @Test
    void everyCountryIsListedInTheOrderOfTheCountryList() {
        List<CountryCoverage> all = asManager(() -> coverage.coverage(campaign.id(), CoverageFilter.none()));
        List<Long> countries =
                asManager(() -> reference.countries()).stream().map(c -> c.id()).toList();
        assertThat(all).extracting(CountryCoverage::countryId).containsExactlyElementsOf(countries);
        assertThat(all).filteredOn(c -> c.status().isApproached()).hasSize(6);
        assertThat(all).filteredOn(CountryCoverage::targeted).hasSize(7);
        assertThat(all).allSatisfy(c -> assertThat(c.campaignId()).isEqualTo(campaign.id()));
    }

    @Test
    void openAndOverdueFollowUpsAreCounted() {
        Map<String, CountryCoverage> countries = byCode(CoverageFilter.none());
        CountryCoverage japan = countries.get("JP");
        assertThat(japan.openFollowUps())
                .as("open and in progress, not done or cancelled")
                .isEqualTo(3);
        assertThat(japan.overdueFollowUps()).isEqualTo(2);
        assertThat(japan.hasOpenFollowUps()).isTrue();
        assertThat(japan.hasOverdueFollowUps()).isTrue();
        assertThat(countries.get("FR").openFollowUps()).isZero();
        assertThat(countries.get("FR").hasOverdueFollowUps()).isFalse();
    }

    @Test
    void aDateRangeCountsOnlyTheMeetingsWithinIt() {
        Map<String, CountryCoverage> recent = byCode(new CoverageFilter(outreach.daysAgo(12), null));
        assertThat(recent.get("JP").status()).isEqualTo(CoverageStatus.REJECTED);
        assertThat(recent.get("JP").meetings()).isEqualTo(1);
        assertThat(recent.get("FR").status())
                .as("only the pending meeting is in range")
                .isEqualTo(CoverageStatus.PENDING);
        assertThat(recent.get("KR").status()).isEqualTo(CoverageStatus.NOT_APPROACHED);
        assertThat(recent.get("DE").meetings()).isEqualTo(1);

        Map<String, CountryCoverage> earlier = byCode(new CoverageFilter(null, outreach.daysAgo(25)));
        assertThat(earlier.get("JP").status()).isEqualTo(CoverageStatus.SUPPORTIVE);
        assertThat(earlier.get("FR").status()).isEqualTo(CoverageStatus.NONCOMMITTAL);
        assertThat(earlier.get("FR").lastMeetingDate()).isEqualTo(outreach.daysAgo(30));
    }

    @Test
    void aCampaignForAllCountriesTargetsEveryMemberAndObserverStateAndNoTerritory() {
        CampaignDetails everywhere = outreach.campaign(CampaignStatus.ACTIVE, outreach.daysAgo(110), true, Set.of());

        List<CountryCoverage> all = asManager(() -> coverage.coverage(everywhere.id(), CoverageFilter.none()));

        List<CountryCoverage> targeted =
                all.stream().filter(CountryCoverage::targeted).toList();
        assertThat(targeted)
                .as("the 193 UN members and 2 observer states")
                .hasSize(195)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CoverageStatus.NOT_APPROACHED));
        Map<Long, CountryCoverage> byId =
                all.stream().collect(java.util.stream.Collectors.toMap(CountryCoverage::countryId, c -> c));
        for (String state : List.of("FR", "VA", "PS")) {
            assertThat(byId.get(outreach.countryId(state)).targeted()).as(state).isTrue();
        }
        for (String territory : List.of("CX", "CC", "PN", "TK", "PR")) {
            assertThat(byId.get(outreach.countryId(territory)).status())
                    .as(territory)
                    .isEqualTo(CoverageStatus.NOT_TARGETED);
        }
    }

    @Test
    void coverageOfAMissingCampaignIsRefused() {
        assertThatThrownBy(() -> asManager(() -> coverage.coverage(-1, CoverageFilter.none())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This campaign no longer exists.");
    }

    @Test
    void myDeskShowsTheOfficersDeskCountriesInActiveCampaigns() {
        TestSignIn.as(users, "officer");

        List<DeskCampaignCoverage> desk = coverage.myDesk();

        assertThat(desk).extracting(d -> d.campaign().status()).containsOnly(CampaignStatus.ACTIVE);
        assertThat(desk)
                .extracting(d -> d.campaign().id())
                .contains(campaign.id())
                .doesNotContain(closedCampaign.id());
        Set<Long> officersDesk = outreach.countryIds("JP", "KR", "SG", "AU", "DE", "FR", "PL");
        assertThat(desk)
                .allSatisfy(d -> assertThat(d.countries())
                        .extracting(CountryCoverage::countryId)
                        .containsExactlyInAnyOrderElementsOf(officersDesk));
        DeskCampaignCoverage mine = desk.stream()
                .filter(d -> d.campaign().id() == campaign.id())
                .findFirst()
                .orElseThrow();
        Map<Long, CoverageStatus> statuses = mine.countries().stream()
                .collect(Collectors.toMap(CountryCoverage::countryId, CountryCoverage::status));
        assertThat(statuses)
                .containsEntry(outreach.countryId("JP"), CoverageStatus.REJECTED)
                .containsEntry(outreach.countryId("AU"), CoverageStatus.NOT_TARGETED)
                .containsEntry(outreach.countryId("DE"), CoverageStatus.PENDING);
        List<LocalDate> issueDates =
                desk.stream().map(d -> d.campaign().issueDate()).toList();
        assertThat(issueDates).as("newest campaign first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<CampaignSummary> active = campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE));
        assertThat(desk).hasSameSizeAs(active);
    }

    @Test
    void aDeskAndACountryBriefAgreeWithEachCampaignsFullCoverage() {
        TestSignIn.as(users, "officer");
        List<DeskCampaignCoverage> desk = coverage.myDesk();
        long japan = outreach.countryId("JP");
        List<CountryCampaignCoverage> brief = coverage.country(japan);

        assertThat(desk).isNotEmpty();
        for (DeskCampaignCoverage mine : desk) {
            Set<Long> deskCountries =
                    mine.countries().stream().map(CountryCoverage::countryId).collect(Collectors.toSet());
            assertThat(mine.countries())
                    .as(mine.campaign().title())
                    .containsExactlyElementsOf(
                            asManager(() -> coverage.coverage(mine.campaign().id(), CoverageFilter.none())).stream()
                                    .filter(c -> deskCountries.contains(c.countryId()))
                                    .toList());
        }
        assertThat(brief).extracting(b -> b.campaign().id()).contains(campaign.id(), closedCampaign.id());
        for (CountryCampaignCoverage one : brief) {
            assertThat(one.coverage())
                    .as(one.campaign().title())
                    .isEqualTo(asManager(() -> coverage.coverage(one.campaign().id(), CoverageFilter.none())).stream()
                            .filter(c -> c.countryId() == japan)
                            .findFirst()
                            .orElseThrow());
        }
        assertThat(brief)
                .filteredOn(b -> b.campaign().id() == campaign.id())
                .singleElement()
                .extracting(b -> b.coverage().status())
                .isEqualTo(CoverageStatus.REJECTED);
    }

    @Test
    void anotherOfficerSeesTheirOwnDesk() {
        TestSignIn.as(users, "officer2");

        DeskCampaignCoverage mine = coverage.myDesk().stream()
                .filter(d -> d.campaign().id() == campaign.id())
                .findFirst()
                .orElseThrow();

        assertThat(mine.countries())
                .extracting(CountryCoverage::countryId)
                .containsExactlyInAnyOrderElementsOf(outreach.countryIds("IN", "KZ", "BR", "MX", "AR", "CL"));
        assertThat(mine.countries())
                .filteredOn(c -> c.countryId() == outreach.countryId("BR"))
                .singleElement()
                .extracting(CountryCoverage::status)
                .isEqualTo(CoverageStatus.NOT_APPROACHED);
    }

    @Test
    void onlyManagersSeeACampaignsCoverageAndOnlyDeskOfficersHaveADesk() {
        TestSignIn.as(users, "officer");
        assertThatThrownBy(() -> coverage.coverage(campaign.id(), CoverageFilter.none()))
                .isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(users, "manager");
        assertThatThrownBy(() -> coverage.myDesk()).isInstanceOf(AccessDeniedException.class);
    }

    // The rule itself, without the database.

    @Test
    void statusRuleWithoutMeetings() {
        assertThat(CoverageService.status(true, null, null)).isEqualTo(CoverageStatus.NOT_APPROACHED);
        assertThat(CoverageService.status(false, null, null)).isEqualTo(CoverageStatus.NOT_TARGETED);
        var none = new CoverageQueries.MeetingAggregate(0, null);
        assertThat(CoverageService.status(true, none, null)).isEqualTo(CoverageStatus.NOT_APPROACHED);
        assertThat(CoverageService.status(false, none, null)).isEqualTo(CoverageStatus.NOT_TARGETED);
    }

    @Test
    void statusRuleWithMeetings() {
        var some = new CoverageQueries.MeetingAggregate(3, LocalDate.of(2026, 3, 1));
        assertThat(CoverageService.status(true, some, null)).isEqualTo(CoverageStatus.PENDING);
        assertThat(CoverageService.status(false, some, null)).isEqualTo(CoverageStatus.PENDING);
        for (OverallResponse response : OverallResponse.values()) {
            assertThat(CoverageService.status(true, some, response.name()))
                    .isEqualTo(CoverageStatus.valueOf(response.name()));
            assertThat(CoverageService.status(false, some, response.name()).label())
                    .isEqualTo(response.label());
        }
    }

    private Map<String, CountryCoverage> byCode(CoverageFilter filter) {
        Map<Long, String> codes =
                asManager(() -> reference.countries()).stream().collect(Collectors.toMap(c -> c.id(), c -> c.code()));
        return asManager(() -> coverage.coverage(campaign.id(), filter)).stream()
                .collect(Collectors.toMap(c -> codes.get(c.countryId()), Function.identity()));
    }

    private void log(String countryCode, int daysAgo, OverallResponse response) {
        log(campaign, countryCode, daysAgo, response);
    }

    private void log(CampaignDetails into, String countryCode, int daysAgo, OverallResponse response) {
        var draft = outreach.simpleMeeting(
                into,
                countryCode,
                outreach.daysAgo(daysAgo),
                response,
                "Coverage test meeting in " + countryCode + ".");
        outreach.as("manager", () -> meetings.log(draft));
    }

    private <T> T asManager(java.util.function.Supplier<T> work) {
        return outreach.as("manager", work);
    }
}
