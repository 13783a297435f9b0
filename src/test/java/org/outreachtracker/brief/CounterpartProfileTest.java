package org.outreachtracker.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartPositions;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.counterpart.PositionHeld;
import org.outreachtracker.followup.CommitmentDraft;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.MetTogether;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A counterpart's page and position history: a change of title keeps the old one with its days,
 * each meeting shows the title held on its day, corrections keep no history, and who met whom is
 * counted from the meetings.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterpartProfileTest {

    @Autowired
    CounterpartProfileService profiles;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;
    CounterpartRef minister;
    CounterpartRef colleague;
    long earlierMeeting;
    long laterMeeting;
    LocalDate promoted;

    @BeforeAll
    void meetThenPromoteThenMeetAgain() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(200, outreach.countryIds("PL"), "Profile point one");
        minister = outreach.counterpart("PL", TestOutreach.unique("Zofia Profile"));
        colleague = outreach.counterpart("PL", TestOutreach.unique("Jan Colleague"));
        long pointId = campaign.points().getFirst().id();
        MeetingDraft first = outreach.meeting(
                        campaign,
                        "PL",
                        outreach.daysAgo(100),
                        Set.of(minister.id(), colleague.id()),
                        List.of(new MeetingDraft.PointRaised(pointId, Reaction.AGREED)),
                        OverallResponse.RECEPTIVE,
                        "First meeting.",
                        List.of(new FollowUpDraft(
                                "Send the profile paper", outreach.userId("officer"), outreach.today(), Priority.HIGH)))
                .withCommitments(List.of(
                        new CommitmentDraft("Will brief the minister", outreach.userId("officer"), outreach.today())));
        earlierMeeting = outreach.as("officer", () -> meetings.log(first));

        promoted = outreach.daysAgo(50);
        CounterpartRef current = minister;
        minister = outreach.as(
                "manager",
                () -> counterparts.changePosition(
                        current.id(),
                        current.version(),
                        new CounterpartDraft(
                                current.name(),
                                "Minister",
                                "Ministry of Digital Affairs",
                                current.countryId(),
                                current.level()),
                        promoted));

        MeetingDraft second = outreach.meeting(
                campaign,
                "PL",
                outreach.daysAgo(10),
                Set.of(minister.id()),
                List.of(),
                OverallResponse.NONCOMMITTAL,
                "Second meeting.",
                List.of());
        laterMeeting = outreach.as("officer", () -> meetings.log(second));
    }

    @AfterAll
    void closeCampaign() {
        outreach.closeCampaigns();
    }

    @Test
    void aNewPositionKeepsTheOldOneWithItsDays() {
        CounterpartPositions positions = outreach.as("officer", () -> counterparts.positions(minister.id()))
                .orElseThrow();

        assertThat(positions.all())
                .containsExactly(
                        new PositionHeld("Minister", "Ministry of Digital Affairs", promoted, null),
                        new PositionHeld(
                                "Director of Testing", "Ministry of Foreign Affairs", null, promoted.minusDays(1)));
        assertThat(outreach.as("officer", () -> counterparts.positions(Set.of(minister.id(), colleague.id())))
                        .get(colleague.id())
                        .changed())
                .isFalse();
    }

    @Test
    void eachMeetingShowsTheTitleHeldThatDayWithItsReactionsCommitmentsAndFollowUps() {
        CounterpartProfile profile =
                outreach.as("manager", () -> profiles.profile(minister.id())).orElseThrow();

        assertThat(profile.counterpart().title()).isEqualTo("Minister");
        assertThat(profile.country().code()).isEqualTo("PL");
        assertThat(profile.meetingsTotal()).isEqualTo(2);
        assertThat(profile.meetings())
                .extracting(m -> m.meeting().id(), m -> m.heldThen().title())
                .containsExactly(tuple(laterMeeting, "Minister"), tuple(earlierMeeting, "Director of Testing"));
        CounterpartProfile.Met first = profile.meetings().get(1);
        assertThat(first.reactions())
                .extracting(p -> p.label() + ": " + p.reaction())
                .containsExactly("Profile point one: AGREED");
        assertThat(first.commitments())
                .extracting(c -> c.commitment().description())
                .containsExactly("Will brief the minister");
        assertThat(first.followUps())
                .extracting(f -> f.followUp().description(), CounterpartProfile.FollowUp::owner)
                .containsExactly(
                        tuple("Send the profile paper", outreach.user("officer").displayName()));
        assertThat(profile.meetings().getFirst().commitments()).isEmpty();
    }

    @Test
    void whoMetThemAndWhomTheyWereMetWithAreCountedFromTheMeetings() {
        CounterpartProfile profile =
                outreach.as("officer", () -> profiles.profile(minister.id())).orElseThrow();

        assertThat(profile.officers())
                .extracting(MetTogether::id, MetTogether::meetings, MetTogether::lastMet)
                .containsExactly(tuple(outreach.userId("officer"), 2L, outreach.daysAgo(10)));
        assertThat(profile.officers().getFirst().place())
                .isEqualTo(outreach.post("PL").name());
        assertThat(profile.colleagues())
                .extracting(MetTogether::id, MetTogether::name, MetTogether::meetings)
                .containsExactly(tuple(colleague.id(), colleague.name(), 1L));

        CounterpartProfile theColleague =
                outreach.as("officer", () -> profiles.profile(colleague.id())).orElseThrow();
        assertThat(theColleague.colleagues()).extracting(MetTogether::id).containsExactly(minister.id());
        assertThat(outreach.as("officer", () -> profiles.profile(-1))).isEmpty();
    }

    @Test
    void aCorrectionKeepsNoHistoryAndATodayEditStartsANewPosition() {
        CounterpartRef person = outreach.counterpart("PL", TestOutreach.unique("Ewa Correction"));

        CounterpartRef corrected = outreach.as(
                "manager",
                () -> counterparts.correct(
                        person.id(), person.version(), withTitle(person, "Director of Testing and Trials")));
        assertThat(positionsOf(person))
                .containsExactly(
                        new PositionHeld("Director of Testing and Trials", "Ministry of Foreign Affairs", null, null));

        outreach.as(
                "manager",
                () -> counterparts.update(corrected.id(), corrected.version(), withTitle(corrected, "Ambassador")));
        assertThat(positionsOf(person))
                .containsExactly(
                        new PositionHeld("Ambassador", "Ministry of Foreign Affairs", outreach.today(), null),
                        new PositionHeld(
                                "Director of Testing and Trials",
                                "Ministry of Foreign Affairs",
                                null,
                                outreach.today().minusDays(1)));
    }

    @Test
    void aNewPositionInTheFutureOrBeforeTheCurrentOneBeganIsRefusedAndChangesNothing() {
        CounterpartRef person = outreach.counterpart("PL", TestOutreach.unique("Piotr Refused"));
        CounterpartRef moved = outreach.as(
                "manager",
                () -> counterparts.changePosition(
                        person.id(), person.version(), withTitle(person, "Adviser"), outreach.daysAgo(20)));
        List<PositionHeld> before = positionsOf(person);

        assertThatThrownBy(() -> outreach.as(
                        "manager",
                        () -> counterparts.changePosition(
                                moved.id(), moved.version(), withTitle(moved, "Minister"), outreach.daysAgo(-1))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The new position cannot begin after today.");
        assertThatThrownBy(() -> outreach.as(
                        "manager",
                        () -> counterparts.changePosition(
                                moved.id(), moved.version(), withTitle(moved, "Minister"), outreach.daysAgo(20))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("The new position must begin after " + outreach.daysAgo(20));
        assertThat(positionsOf(person)).isEqualTo(before);
        assertThat(outreach.as("manager", () -> counterparts.counterpart(person.id()))
                        .orElseThrow()
                        .title())
                .isEqualTo("Adviser");
    }

    private List<PositionHeld> positionsOf(CounterpartRef person) {
        return outreach.as("officer", () -> counterparts.positions(person.id()))
                .orElseThrow()
                .all();
    }

    private static CounterpartDraft withTitle(CounterpartRef person, String title) {
        return new CounterpartDraft(person.name(), title, person.organization(), person.countryId(), person.level());
    }
}
