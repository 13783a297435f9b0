package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.NotPermittedException;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.PointDraft;
import org.outreachtracker.campaign.TalkingPointRef;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The rules of logging and changing meetings: desks and ownership, stale edits, dates,
 * counterparts and points, closed campaigns, the recent-approach warning, the wording kept as
 * delivered, and follow-ups saved with their meeting or not at all.
 */
@IntegrationTest
class MeetingServiceTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    CampaignService campaigns;

    @Autowired
    FollowUpService followUps;

    @Autowired
    org.outreachtracker.counterpart.CounterpartService counterparts;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;

    @BeforeEach
    void createCampaign() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(120, outreach.countryIds("JP", "FR", "BR", "DE"), "First", "Second");
    }

    @AfterEach
    void signOutAndClose() {
        TestSignIn.anonymous();
        outreach.closeCampaigns();
    }

    @Test
    void aMeetingAtAPostClosedSinceCanStillBeCorrectedButNoMeetingMovesToAClosedPost() {
        var admin = context.getBean(org.outreachtracker.reference.ReferenceAdminService.class);
        long iceland = outreach.countryId("IS");
        var closing = outreach.as(
                "admin",
                () -> admin.createPost(new org.outreachtracker.reference.PostDraft(
                        TestOutreach.unique("EMB-TEST").replace(' ', '-').replaceAll("[^A-Za-z0-9-]", ""),
                        TestOutreach.unique("Embassy to be closed"),
                        org.outreachtracker.reference.PostType.EMBASSY,
                        "Reykjavik",
                        iceland,
                        true,
                        Set.of(iceland))));
        CampaignDetails icelandCampaign = outreach.activeCampaign(60, Set.of(iceland), "Point");
        CounterpartRef minister = outreach.counterpart("IS", TestOutreach.unique("Minister"));
        MeetingDraft draft = outreach.meeting(
                icelandCampaign,
                "IS",
                outreach.daysAgo(5),
                Set.of(minister.id()),
                List.of(),
                OverallResponse.RECEPTIVE,
                "At the post before it closed.",
                List.of());
        MeetingDraft atClosing = new MeetingDraft(
                draft.campaignId(),
                draft.countryId(),
                closing.id(),
                draft.meetingDate(),
                draft.format(),
                draft.deliveredBy(),
                draft.counterpartIds(),
                draft.raisedPoints(),
                draft.overallResponse(),
                draft.summary(),
                null,
                draft.handlingMarking(),
                List.of());
        long atClosed = outreach.as("manager", () -> meetings.log(atClosing));
        long elsewhere = outreach.as("manager", () -> meetings.log(draft));
        outreach.as(
                "admin",
                () -> admin.updatePost(
                        closing.id(),
                        closing.version(),
                        new org.outreachtracker.reference.PostDraft(
                                closing.code(),
                                closing.name(),
                                closing.type(),
                                closing.city(),
                                closing.hostCountryId(),
                                false,
                                closing.coveredCountryIds())));

        MeetingDetails kept =
                outreach.as("manager", () -> meetings.meeting(atClosed).orElseThrow());
        outreach.as(
                "manager",
                () -> meetings.update(
                        atClosed,
                        kept.version(),
                        new MeetingDraft(
                                kept.campaignId(),
                                kept.countryId(),
                                kept.postId(),
                                kept.meetingDate(),
                                kept.format(),
                                kept.deliveredBy(),
                                kept.counterpartIds(),
                                List.of(),
                                kept.overallResponse(),
                                "Corrected after the post closed.",
                                null,
                                kept.handlingMarking(),
                                List.of())));
        assertThat(outreach.as(
                        "manager",
                        () -> meetings.meeting(atClosed).orElseThrow().summary()))
                .isEqualTo("Corrected after the post closed.");

        MeetingDetails other =
                outreach.as("manager", () -> meetings.meeting(elsewhere).orElseThrow());
        assertThatThrownBy(() -> outreach.as(
                        "manager",
                        () -> meetings.update(
                                elsewhere,
                                other.version(),
                                new MeetingDraft(
                                        other.campaignId(),
                                        other.countryId(),
                                        closing.id(),
                                        other.meetingDate(),
                                        other.format(),
                                        other.deliveredBy(),
                                        other.counterpartIds(),
                                        List.of(),
                                        other.overallResponse(),
                                        other.summary(),
                                        null,
                                        other.handlingMarking(),
                                        List.of()))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is closed");
    }

    @Test
    void aDeskOfficerLogsAMeetingForADeskCountry() {
        CounterpartRef minister = outreach.counterpart("JP", TestOutreach.unique("Minister"));
        TalkingPointRef first = campaign.points().getFirst();
        signIn("officer");

        long id = meetings.log(outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(3),
                Set.of(minister.id()),
                List.of(new MeetingDraft.PointRaised(first.id(), Reaction.AGREED)),
                OverallResponse.SUPPORTIVE,
                "Delivered the points in Tokyo.",
                List.of()));

        MeetingDetails meeting = meetings.meeting(id).orElseThrow();
        assertThat(meeting.countryId()).isEqualTo(outreach.countryId("JP"));
        assertThat(meeting.meetingDate()).isEqualTo(outreach.daysAgo(3));
        assertThat(meeting.counterpartIds()).containsExactly(minister.id());
        assertThat(meeting.overallResponse()).isEqualTo(OverallResponse.SUPPORTIVE);
        assertThat(meeting.reportedById()).isEqualTo(outreach.userId("officer"));
        assertThat(meeting.points()).singleElement().satisfies(point -> {
            assertThat(point.label()).isEqualTo("First");
            assertThat(point.text()).isEqualTo("Text of First");
            assertThat(point.reaction()).isEqualTo(Reaction.AGREED);
        });
        assertThat(meetings.mayEdit(id)).isTrue();
    }

    @Test
    void afterARevisionNewMeetingsDeliverTheCurrentVersionAndEarlierMeetingsKeepTheirs() {
        TalkingPointRef oldFirst = campaign.points().getFirst();
        signIn("officer");
        MeetingDraft before = outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(9),
                Set.of(outreach.counterpart("JP", TestOutreach.unique("Counterpart"))
                        .id()),
                List.of(new MeetingDraft.PointRaised(oldFirst.id(), Reaction.NOTED)),
                OverallResponse.RECEPTIVE,
                "Before the revision.",
                List.of());
        long early = meetings.log(before);

        outreach.as(
                "manager",
                () -> campaigns.issueRevisedPoints(
                        campaign.id(), List.of(new PointDraft("Revised first", "Revised text."))));
        TalkingPointRef revised =
                outreach.as("manager", () -> campaigns.points(campaign.id())).getFirst();

        signIn("officer");
        assertThatThrownBy(() -> meetings.log(before))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A talking point is not in version 2 of the campaign's points;"
                        + " choose points of the version delivered.");
        long late = meetings.log(new MeetingDraft(
                before.campaignId(),
                before.countryId(),
                before.postId(),
                outreach.daysAgo(1),
                before.format(),
                before.deliveredBy(),
                before.counterpartIds(),
                List.of(new MeetingDraft.PointRaised(revised.id(), Reaction.AGREED)),
                before.overallResponse(),
                "After the revision.",
                before.responseQuote(),
                before.handlingMarking(),
                List.of()));
        long lateOnOld = meetings.log(before.withPointsVersion(1));

        assertThat(meetings.meeting(late).orElseThrow().pointsVersion()).isEqualTo(2);
        assertThat(meetings.meeting(lateOnOld).orElseThrow().pointsVersion()).isEqualTo(1);
        MeetingDetails earlyMeeting = meetings.meeting(early).orElseThrow();
        meetings.update(early, earlyMeeting.version(), earlyMeeting.toDraft().withPointsVersion(null));
        MeetingDetails kept = meetings.meeting(early).orElseThrow();
        assertThat(kept.pointsVersion()).isEqualTo(1);
        assertThat(kept.points()).extracting(DeliveredPoint::label).containsExactly(oldFirst.label());
        assertThatThrownBy(() -> meetings.log(before.withPointsVersion(3)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This campaign has no version 3 of its talking points; choose a version from 1 to 2.");
    }

    @Test
    void aMeetingKeepsThePointsVersionItDeliveredAndAnUnknownVersionIsRefused() {
        signIn("officer");
        MeetingDraft draft = outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(2), null, "Version check.");

        long id = meetings.log(draft);
        MeetingDetails logged = meetings.meeting(id).orElseThrow();
        assertThat(logged.pointsVersion()).isEqualTo(1);
        assertThat(logged.toDraft().pointsVersion()).isEqualTo(1);

        assertThatThrownBy(() -> meetings.log(draft.withPointsVersion(3)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This campaign has no version 3 of its talking points; choose version 1.");
        assertThatThrownBy(() ->
                        meetings.update(id, logged.version(), logged.toDraft().withPointsVersion(0)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no version 0");
        MeetingDetails after = meetings.meeting(id).orElseThrow();
        assertThat(after.version()).isEqualTo(logged.version());
        assertThat(after.pointsVersion()).isEqualTo(1);
    }

    @Test
    void aMeetingRecordsTheObjectionsRaisedAndAnObjectionFromAnotherCampaignIsRefused() {
        signIn("manager");
        var campaignService = context.getBean(org.outreachtracker.campaign.CampaignService.class);
        var protectionism = campaignService.addObjection(
                campaign.id(), new org.outreachtracker.campaign.ObjectionDraft("This is protectionism"));
        var noEvidence = campaignService.addObjection(
                campaign.id(), new org.outreachtracker.campaign.ObjectionDraft("No evidence offered"));
        signIn("officer");
        MeetingDraft draft = outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(2), null, "Objections.")
                .withObjections(Set.of(protectionism.id()), List.of("  Too late in the year  "));

        long id = meetings.log(draft);
        MeetingDetails logged = meetings.meeting(id).orElseThrow();
        assertThat(logged.objectionIds()).containsExactly(protectionism.id());
        assertThat(logged.newObjections()).containsExactly("Too late in the year");
        assertThatThrownBy(() -> meetings.log(draft.withObjections(Set.of(), List.of(" "))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("Describe the new objection.");

        meetings.update(id, logged.version(), logged.toDraft().withObjections(Set.of(noEvidence.id()), List.of()));
        MeetingDetails changed = meetings.meeting(id).orElseThrow();
        assertThat(changed.objectionIds()).containsExactly(noEvidence.id());
        assertThat(changed.newObjections()).isEmpty();

        assertThatThrownBy(() -> meetings.update(
                        id, changed.version(), changed.toDraft().withObjections(Set.of(MISSING_OBJECTION), List.of())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Choose objections this campaign expects.");
        assertThat(meetings.meeting(id).orElseThrow().objectionIds()).containsExactly(noEvidence.id());
    }

    private static final long MISSING_OBJECTION = Long.MAX_VALUE;

    @Test
    void aDeskOfficerCannotLogForACountryOutsideTheirDeskAndNothingIsSaved() {
        MeetingDraft brazil = outreach.simpleMeeting(campaign, "BR", outreach.daysAgo(3), null, "Brasilia meeting.");
        signIn("officer");

        assertThatThrownBy(() -> meetings.log(brazil))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("You can log meetings for your desk countries only.");

        assertThat(meetingsInCampaign()).isZero();
    }

    @Test
    void anOfficerChangesOnlyMeetingsTheyReported() {
        long own = outreach.as(
                "officer",
                () -> meetings.log(outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(5), null, "Own meeting.")));
        long officer2s = outreach.as(
                "officer2",
                () -> meetings.log(
                        outreach.simpleMeeting(campaign, "BR", outreach.daysAgo(5), null, "Officer2's meeting.")));
        signIn("officer");

        MeetingDetails mine = meetings.meeting(own).orElseThrow();
        meetings.update(own, mine.version(), withSummary(mine, "Own meeting, corrected."));
        assertThat(meetings.meeting(own).orElseThrow().summary()).isEqualTo("Own meeting, corrected.");

        MeetingDetails theirs = meetings.meeting(officer2s).orElseThrow();
        assertThat(meetings.mayEdit(officer2s)).isFalse();
        assertThatThrownBy(() -> meetings.update(officer2s, theirs.version(), withSummary(theirs, "Not mine.")))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only the officer who reported this meeting or a manager can change it.");
        assertThat(meetings.meeting(officer2s).orElseThrow().summary()).isEqualTo("Officer2's meeting.");
    }

    @Test
    void aManagerChangesAnyMeetingAndTheReporterStays() {
        long id = outreach.as(
                "officer",
                () -> meetings.log(
                        outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(5), null, "Reported by the officer.")));
        signIn("manager");

        MeetingDetails before = meetings.meeting(id).orElseThrow();
        assertThat(meetings.mayEdit(id)).isTrue();
        meetings.update(id, before.version(), withSummary(before, "Corrected by the manager."));

        MeetingDetails after = meetings.meeting(id).orElseThrow();
        assertThat(after.summary()).isEqualTo("Corrected by the manager.");
        assertThat(after.reportedById()).isEqualTo(outreach.userId("officer"));
        assertThat(after.updatedBy()).isEqualTo("manager");
        assertThat(after.version()).isGreaterThan(before.version());
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        long id = outreach.as(
                "officer",
                () -> meetings.log(
                        outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(5), null, "First version.")));
        signIn("officer");
        MeetingDetails opened = meetings.meeting(id).orElseThrow();
        meetings.update(id, opened.version(), withSummary(opened, "Second version."));

        assertThatThrownBy(() -> meetings.update(id, opened.version(), withSummary(opened, "Stale version.")))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("Someone else changed this meeting");

        assertThat(meetings.meeting(id).orElseThrow().summary()).isEqualTo("Second version.");
    }

    @Test
    void theMeetingDateIsNeitherInTheFutureNorBeforeTheCampaignWasIssued() {
        signIn("officer");

        assertThatThrownBy(() -> meetings.log(
                        outreach.simpleMeeting(campaign, "JP", outreach.today().plusDays(1), null, "Tomorrow.")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The meeting date cannot be in the future.");
        assertThatThrownBy(() -> meetings.log(outreach.simpleMeeting(
                        campaign, "JP", campaign.issueDate().minusDays(1), null, "Before the cable.")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("The meeting date cannot be before the campaign was issued");

        meetings.log(outreach.simpleMeeting(campaign, "JP", outreach.today(), null, "Today."));
        meetings.log(outreach.simpleMeeting(campaign, "JP", campaign.issueDate(), null, "On the issue date."));
        assertThat(meetingsInCampaign()).isEqualTo(2);
    }

    @Test
    void everyCounterpartMustBeFromTheMeetingsCountry() {
        CounterpartRef japanese = outreach.counterpart("JP", TestOutreach.unique("Japanese official"));
        CounterpartRef french = outreach.counterpart("FR", TestOutreach.unique("French official"));
        signIn("officer");

        assertThatThrownBy(() -> meetings.log(outreach.meeting(
                        campaign,
                        "JP",
                        outreach.daysAgo(1),
                        Set.of(japanese.id(), french.id()),
                        List.of(),
                        null,
                        "Mixed company.",
                        List.of())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Every counterpart must be from the meeting's country.");
        assertThat(meetingsInCampaign()).isZero();
    }

    @Test
    void aPointOfAnotherCampaignIsRefused() {
        CampaignDetails other = outreach.activeCampaign(120, outreach.countryIds("JP"), "Other point");
        CounterpartRef official = outreach.counterpart("JP", TestOutreach.unique("Official"));
        long foreignPoint = other.points().getFirst().id();
        signIn("officer");

        assertThatThrownBy(() -> meetings.log(outreach.meeting(
                        campaign,
                        "JP",
                        outreach.daysAgo(1),
                        Set.of(official.id()),
                        List.of(new MeetingDraft.PointRaised(foreignPoint, Reaction.NOTED)),
                        null,
                        "Wrong point.",
                        List.of())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A talking point does not belong to the chosen campaign.");
        assertThat(meetingsInCampaign()).isZero();
    }

    @Test
    void movingAMeetingToAnotherCampaignDoesNotCarryThePointsOfTheFirstAlong() {
        CampaignDetails other = outreach.activeCampaign(120, outreach.countryIds("JP"), "Other point");
        CounterpartRef official = outreach.counterpart("JP", TestOutreach.unique("Official"));
        long firstPoint = campaign.points().getFirst().id();
        signIn("officer");
        long id = meetings.log(outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(1),
                Set.of(official.id()),
                List.of(new MeetingDraft.PointRaised(firstPoint, Reaction.NOTED)),
                null,
                "Logged in the first.",
                List.of()));
        MeetingDetails logged = meetings.meeting(id).orElseThrow();
        MeetingDraft draft = logged.toDraft();
        MeetingDraft moved = new MeetingDraft(
                other.id(),
                draft.countryId(),
                draft.postId(),
                draft.meetingDate(),
                draft.format(),
                draft.deliveredBy(),
                draft.counterpartIds(),
                draft.raisedPoints(),
                draft.overallResponse(),
                draft.summary(),
                draft.responseQuote(),
                draft.handlingMarking(),
                List.of());

        assertThatThrownBy(() -> meetings.update(id, logged.version(), moved))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A talking point does not belong to the chosen campaign.");
        assertThat(meetings.meeting(id).orElseThrow().campaignId()).isEqualTo(campaign.id());
    }

    @Test
    void aPointIsRaisedOnceAndTheHandlingMarkingIsOneOfTheConfiguredOnes() {
        CounterpartRef official = outreach.counterpart("JP", TestOutreach.unique("Official"));
        long first = campaign.points().getFirst().id();
        signIn("officer");
        MeetingDraft twice = outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(1),
                Set.of(official.id()),
                List.of(
                        new MeetingDraft.PointRaised(first, Reaction.NOTED),
                        new MeetingDraft.PointRaised(first, Reaction.AGREED)),
                null,
                "Twice.",
                List.of());
        MeetingDraft d = outreach.meeting(
                campaign, "JP", outreach.daysAgo(1), Set.of(official.id()), List.of(), null, "Odd marking.", List.of());
        MeetingDraft oddMarking = new MeetingDraft(
                d.campaignId(),
                d.countryId(),
                d.postId(),
                d.meetingDate(),
                d.format(),
                d.deliveredBy(),
                d.counterpartIds(),
                d.raisedPoints(),
                d.overallResponse(),
                d.summary(),
                d.responseQuote(),
                "TOP SECRET",
                d.followUps());

        assertThatThrownBy(() -> meetings.log(twice))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A talking point is listed twice.");
        assertThatThrownBy(() -> meetings.log(oddMarking))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Choose one of the handling markings: ");
        assertThat(meetings.handlingMarkings()).isNotEmpty().doesNotContain("TOP SECRET");
        assertThat(meetingsInCampaign()).isZero();
    }

    @Test
    void meetingsAreLoggedForActiveCampaignsOnly() {
        MeetingDraft draft = outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(1), null, "After closing.");
        outreach.setStatus(campaign.id(), CampaignStatus.CLOSED);
        signIn("officer");

        assertThatThrownBy(() -> meetings.log(draft))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("active campaigns only")
                .hasMessageEndingWith("is closed.");
        assertThat(meetingsInCampaign()).isZero();
    }

    @Test
    void aMeetingCannotBeMovedIntoAClosedCampaign() {
        CampaignDetails closed = outreach.activeCampaign(120, outreach.countryIds("JP"));
        outreach.setStatus(closed.id(), CampaignStatus.CLOSED);
        signIn("officer");
        long id = meetings.log(outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(1), null, "Open campaign."));
        MeetingDetails logged = meetings.meeting(id).orElseThrow();
        MeetingDraft draft = logged.toDraft();
        MeetingDraft moved = new MeetingDraft(
                closed.id(),
                draft.countryId(),
                draft.postId(),
                draft.meetingDate(),
                draft.format(),
                draft.deliveredBy(),
                draft.counterpartIds(),
                draft.raisedPoints(),
                draft.overallResponse(),
                draft.summary(),
                draft.responseQuote(),
                draft.handlingMarking(),
                List.of());

        assertThatThrownBy(() -> meetings.update(id, logged.version(), moved))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("active campaigns only");
        assertThat(meetings.meeting(id).orElseThrow().campaignId()).isEqualTo(campaign.id());
    }

    @Test
    void aMeetingOfACampaignClosedSinceCanStillBeCorrected() {
        long id = outreach.as(
                "officer",
                () -> meetings.log(
                        outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(1), null, "Before closing.")));
        outreach.setStatus(campaign.id(), CampaignStatus.CLOSED);
        signIn("officer");

        MeetingDetails logged = meetings.meeting(id).orElseThrow();
        meetings.update(id, logged.version(), withSummary(logged, "Typo fixed after closing."));

        assertThat(meetings.meeting(id).orElseThrow().summary()).isEqualTo("Typo fixed after closing.");
    }

    @Test
    void theRecentApproachCheckFindsMeetingsWithTheSameCounterpartWithinTheWindow() {
        CounterpartRef shared = outreach.counterpart("JP", TestOutreach.unique("Shared counterpart"));
        CounterpartRef other = outreach.counterpart("JP", TestOutreach.unique("Other counterpart"));
        LocalDate longAgo = outreach.daysAgo(45);
        LocalDate recently = outreach.daysAgo(10);
        long old = outreach.as(
                "manager",
                () -> meetings.log(outreach.meeting(
                        campaign, "JP", longAgo, Set.of(shared.id()), List.of(), null, "Long ago.", List.of())));
        long recent = outreach.as(
                "officer",
                () -> meetings.log(outreach.meeting(
                        campaign,
                        "JP",
                        recently,
                        Set.of(shared.id()),
                        List.of(),
                        OverallResponse.RECEPTIVE,
                        "Recently.",
                        List.of())));
        outreach.as(
                "officer",
                () -> meetings.log(outreach.meeting(
                        campaign,
                        "JP",
                        outreach.daysAgo(2),
                        Set.of(other.id()),
                        List.of(),
                        null,
                        "Someone else.",
                        List.of())));
        signIn("officer2");
        assertThat(meetings.recentApproachDays()).isEqualTo(30);

        List<RecentApproach> today = meetings.recentApproaches(Set.of(shared.id()), null, null);

        assertThat(today).singleElement().satisfies(approach -> {
            assertThat(approach.meetingId()).isEqualTo(recent);
            assertThat(approach.meetingDate()).isEqualTo(recently);
            assertThat(approach.counterpartId()).isEqualTo(shared.id());
            assertThat(approach.counterpartName()).isEqualTo(shared.name());
            assertThat(approach.campaignTitle()).isEqualTo(campaign.title());
            assertThat(approach.postName()).isEqualTo(outreach.post("JP").name());
            assertThat(approach.reportedBy()).isEqualTo("Olivia Officer (demo)");
        });
        assertThat(meetings.recentApproaches(Set.of(shared.id()), outreach.daysAgo(20), null))
                .extracting(RecentApproach::meetingId)
                .containsExactly(recent, old);
        assertThat(meetings.recentApproaches(Set.of(shared.id()), recently, recent))
                .as("the meeting being edited is left out, and the other is 35 days earlier")
                .isEmpty();
        assertThat(meetings.recentApproaches(Set.of(), null, null)).isEmpty();
    }

    @Test
    void deliveredWordingIsKeptWhenThePointIsEditedLater() {
        CounterpartRef official = outreach.counterpart("JP", TestOutreach.unique("Official"));
        TalkingPointRef first = campaign.points().get(0);
        TalkingPointRef second = campaign.points().get(1);
        signIn("officer");
        long id = meetings.log(outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(4),
                Set.of(official.id()),
                List.of(new MeetingDraft.PointRaised(first.id(), Reaction.NOTED)),
                null,
                "Raised the first point.",
                List.of()));

        outreach.as("manager", () -> {
            campaigns.updatePoint(first.id(), first.version(), new PointDraft("First, revised", "Revised text"));
            campaigns.updatePoint(second.id(), second.version(), new PointDraft("Second, revised", "Revised second"));
        });

        MeetingDetails logged = meetings.meeting(id).orElseThrow();
        assertThat(logged.points()).singleElement().satisfies(point -> {
            assertThat(point.label()).isEqualTo("First");
            assertThat(point.text()).isEqualTo("Text of First");
        });

        MeetingDraft draft = logged.toDraft();
        MeetingDraft edited = new MeetingDraft(
                draft.campaignId(),
                draft.countryId(),
                draft.postId(),
                draft.meetingDate(),
                draft.format(),
                draft.deliveredBy(),
                draft.counterpartIds(),
                List.of(
                        new MeetingDraft.PointRaised(first.id(), Reaction.AGREED),
                        new MeetingDraft.PointRaised(second.id(), Reaction.RECEPTIVE)),
                OverallResponse.RECEPTIVE,
                "Both points now.",
                null,
                draft.handlingMarking(),
                List.of());
        meetings.update(id, logged.version(), edited);

        assertThat(meetings.meeting(id).orElseThrow().points())
                .extracting(DeliveredPoint::label, DeliveredPoint::text, DeliveredPoint::reaction)
                .as("the point already delivered keeps its wording; the newly raised one takes today's")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("First", "Text of First", Reaction.AGREED),
                        org.assertj.core.groups.Tuple.tuple("Second, revised", "Revised second", Reaction.RECEPTIVE));

        long later = meetings.log(outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(1),
                Set.of(official.id()),
                List.of(new MeetingDraft.PointRaised(first.id(), Reaction.AGREED)),
                null,
                "Raised it again.",
                List.of()));
        assertThat(meetings.meeting(later).orElseThrow().points())
                .singleElement()
                .satisfies(point -> {
                    assertThat(point.label()).isEqualTo("First, revised");
                    assertThat(point.text()).isEqualTo("Revised text");
                });
        assertThat(meetings.raisedPointIds(campaign.id())).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void followUpsGivenWithTheMeetingAreCreatedWithIt() {
        long officer = outreach.userId("officer");
        CounterpartRef official = outreach.counterpart("JP", TestOutreach.unique("Official"));
        signIn("officer");

        long id = meetings.log(outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(2),
                Set.of(official.id()),
                List.of(),
                null,
                "With follow-ups.",
                List.of(
                        new FollowUpDraft(
                                "Send the non-paper", officer, outreach.today().plusDays(7), Priority.HIGH),
                        new FollowUpDraft(
                                "Propose dates", officer, outreach.today().plusDays(14), Priority.LOW))));

        assertThat(followUps.forMeeting(id))
                .extracting(FollowUpRef::description)
                .containsExactly("Send the non-paper", "Propose dates");
        assertThat(followUps.forMeeting(id)).allSatisfy(f -> {
            assertThat(f.campaignId()).isEqualTo(campaign.id());
            assertThat(f.countryId()).isEqualTo(outreach.countryId("JP"));
            assertThat(f.ownerId()).isEqualTo(officer);
        });
    }

    @Test
    void anInvalidFollowUpKeepsTheMeetingFromBeingSaved() {
        long admin = outreach.userId("admin");
        long officer = outreach.userId("officer");
        CounterpartRef official = outreach.counterpart("JP", TestOutreach.unique("Official"));
        signIn("officer");

        assertThatThrownBy(() -> meetings.log(outreach.meeting(
                        campaign,
                        "JP",
                        outreach.daysAgo(2),
                        Set.of(official.id()),
                        List.of(),
                        null,
                        "Follow-up for the admin.",
                        List.of(
                                new FollowUpDraft(
                                        "A valid one", officer, outreach.today().plusDays(7), Priority.HIGH),
                                new FollowUpDraft(
                                        "For the admin", admin, outreach.today().plusDays(7), Priority.HIGH)))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot own follow-ups");

        assertThat(meetingsInCampaign()).isZero();
        assertThat(followUps.count(new FollowUpFilter(null, Set.of(), false, campaign.id(), null, null)))
                .isZero();
    }

    @Test
    void anInvalidFollowUpAddedOnEditKeepsTheEditFromBeingSaved() {
        long admin = outreach.userId("admin");
        long id = outreach.as(
                "officer",
                () -> meetings.log(outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(5), null, "Before.")));
        signIn("officer");
        MeetingDetails logged = meetings.meeting(id).orElseThrow();
        MeetingDraft draft = withSummary(logged, "After.");
        MeetingDraft withFollowUp = new MeetingDraft(
                draft.campaignId(),
                draft.countryId(),
                draft.postId(),
                draft.meetingDate(),
                draft.format(),
                draft.deliveredBy(),
                draft.counterpartIds(),
                draft.raisedPoints(),
                draft.overallResponse(),
                draft.summary(),
                draft.responseQuote(),
                draft.handlingMarking(),
                List.of(new FollowUpDraft(
                        "For the admin", admin, outreach.today().plusDays(3), Priority.LOW)));

        assertThatThrownBy(() -> meetings.update(id, logged.version(), withFollowUp))
                .isInstanceOf(RuleViolationException.class);

        MeetingDetails after = meetings.meeting(id).orElseThrow();
        assertThat(after.summary()).isEqualTo("Before.");
        assertThat(after.version()).isEqualTo(logged.version());
        assertThat(followUps.forMeeting(id)).isEmpty();
    }

    private long meetingsInCampaign() {
        return outreach.as("manager", () -> meetings.count(MeetingFilter.none().withCampaign(campaign.id())));
    }

    private static MeetingDraft withSummary(MeetingDetails meeting, String summary) {
        MeetingDraft d = meeting.toDraft();
        return new MeetingDraft(
                d.campaignId(),
                d.countryId(),
                d.postId(),
                d.meetingDate(),
                d.format(),
                d.deliveredBy(),
                d.counterpartIds(),
                d.raisedPoints(),
                d.overallResponse(),
                summary,
                d.responseQuote(),
                d.handlingMarking(),
                d.followUps());
    }

    @Test
    void newCounterpartsAreAddedWithTheMeetingOrNotAtAllAndNeverTwice() {
        CounterpartRef listed = outreach.counterpart("JP", TestOutreach.unique("Haruka Sato"));
        signIn("officer");
        long japan = outreach.countryId("JP");
        String newName = TestOutreach.unique("Kenji Mori");
        var newcomer = new CounterpartDraft(newName, "Director", "METI", japan, CounterpartLevel.SENIOR_OFFICIAL);
        var sameAsListed = new CounterpartDraft(
                "  " + listed.name().toLowerCase() + " ",
                "Deputy Minister",
                listed.organization().toUpperCase(),
                japan,
                CounterpartLevel.DEPUTY_MINISTER);
        MeetingDraft base = outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(1),
                Set.of(),
                List.of(),
                null,
                "Met a newcomer and an old contact.",
                List.of());
        long before = counterparts.count(new CounterpartFilter(null, japan, null));

        // A meeting that is refused (a date in the future) adds nobody.
        assertThatThrownBy(() -> meetings.log(withPeople(base, outreach.today().plusDays(1), newcomer)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(counterparts.count(new CounterpartFilter(null, japan, null))).isEqualTo(before);

        long id = meetings.log(withPeople(base, base.meetingDate(), newcomer, sameAsListed));

        assertThat(counterparts.count(new CounterpartFilter(null, japan, null))).isEqualTo(before + 1);
        List<CounterpartRef> met =
                counterparts.counterparts(meetings.meeting(id).orElseThrow().counterpartIds());
        assertThat(met).extracting(CounterpartRef::name).containsExactlyInAnyOrder(newName, listed.name());
        assertThat(met)
                .filteredOn(c -> c.id() == listed.id())
                .singleElement()
                .satisfies(c -> assertThat(c.title())
                        .as("the listed entry is left as it is")
                        .isEqualTo(listed.title()));
    }

    @Test
    void aMeetingNeedsSomeoneMetFromTheDirectoryOrNew() {
        signIn("officer");
        MeetingDraft nobody = outreach.meeting(
                campaign, "JP", outreach.daysAgo(1), Set.of(), List.of(), null, "Nobody was met.", List.of());

        assertThatThrownBy(() -> meetings.log(nobody))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("Choose at least one counterpart.");
    }

    private static MeetingDraft withPeople(MeetingDraft draft, LocalDate date, CounterpartDraft... people) {
        return new MeetingDraft(
                draft.campaignId(),
                draft.countryId(),
                draft.postId(),
                date,
                draft.format(),
                draft.deliveredBy(),
                draft.counterpartIds(),
                draft.raisedPoints(),
                draft.overallResponse(),
                draft.summary(),
                draft.responseQuote(),
                draft.handlingMarking(),
                draft.followUps(),
                List.of(people));
    }

    private void signIn(String username) {
        TestSignIn.as(users, username);
    }
}
