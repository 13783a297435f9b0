package org.outreachtracker.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outreachtracker.coverage.CoverageCounts.CampaignCountry;
import org.outreachtracker.coverage.CoverageCounts.CampaignDayResponse;
import org.outreachtracker.coverage.ReactionCounts.Key;
import org.outreachtracker.meeting.MeetingFacts;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;

/**
 * What a change of a meeting adds to each row of coverage's counts, without a database: only the
 * rows it changes, each by what it changes, in key order (the order in which the rows are
 * written, so that two meetings changed at once never wait for each other in a circle).
 */
class CountChangesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 17);

    private static MeetingFacts facts(long campaign, long country, Map<Long, Reaction> reactions) {
        return new MeetingFacts(campaign, country, DAY, OverallResponse.RECEPTIVE, reactions);
    }

    @Test
    void aLoggedMeetingAddsOneToItsCampaignAndCountryAndToEachPointsReaction() {
        MeetingFacts logged = facts(1, 7, Map.of(11L, Reaction.AGREED, 12L, Reaction.NOTED));

        assertThat(CoverageCounts.countryChanges(null, logged))
                .containsExactly(Map.entry(new CampaignCountry(1, 7), 1));
        assertThat(ReactionCounts.changes(Map.of(), logged.reactions()))
                .containsExactly(Map.entry(new Key(11, Reaction.AGREED), 1), Map.entry(new Key(12, Reaction.NOTED), 1));
    }

    @Test
    void aDeletedMeetingTakesOneAwayFromEachOfItsRows() {
        MeetingFacts deleted = facts(1, 7, Map.of(11L, Reaction.AGREED));

        assertThat(CoverageCounts.countryChanges(deleted, null))
                .containsExactly(Map.entry(new CampaignCountry(1, 7), -1));
        assertThat(ReactionCounts.changes(deleted.reactions(), Map.of()))
                .containsExactly(Map.entry(new Key(11, Reaction.AGREED), -1));
    }

    @Test
    void aChangeThatKeepsCampaignCountryAndReactionsChangesNoCount() {
        MeetingFacts before = facts(1, 7, Map.of(11L, Reaction.AGREED));
        MeetingFacts after = new MeetingFacts(1, 7, DAY.minusDays(3), null, Map.of(11L, Reaction.AGREED));

        assertThat(CoverageCounts.countryChanges(before, after)).isEmpty();
        assertThat(ReactionCounts.changes(before.reactions(), after.reactions()))
                .isEmpty();
    }

    @Test
    void aMeetingMovedToAnotherCountryOrCampaignMovesOneFromTheOldRowToTheNewOneInKeyOrder() {
        assertThat(CoverageCounts.countryChanges(facts(2, 9, Map.of()), facts(2, 3, Map.of())))
                .containsExactly(Map.entry(new CampaignCountry(2, 3), 1), Map.entry(new CampaignCountry(2, 9), -1));
        assertThat(CoverageCounts.countryChanges(facts(2, 3, Map.of()), facts(1, 3, Map.of())))
                .containsExactly(Map.entry(new CampaignCountry(1, 3), 1), Map.entry(new CampaignCountry(2, 3), -1));
    }

    @Test
    void aChangedReactionMovesOneBetweenReactionsAndAPointDroppedOrAddedChangesItsOwnRow() {
        Map<Long, Reaction> before = Map.of(11L, Reaction.AGREED, 12L, Reaction.NOTED);
        Map<Long, Reaction> after = Map.of(11L, Reaction.PUSHED_BACK, 13L, Reaction.NOTED);

        assertThat(ReactionCounts.changes(before, after))
                .containsOnly(
                        Map.entry(new Key(11, Reaction.AGREED), -1), Map.entry(new Key(11, Reaction.PUSHED_BACK), 1),
                        Map.entry(new Key(12, Reaction.NOTED), -1), Map.entry(new Key(13, Reaction.NOTED), 1));
        assertThat(List.copyOf(ReactionCounts.changes(before, after).keySet()))
                .as("in key order")
                .isSortedAccordingTo(Comparator.comparingLong(Key::pointId).thenComparing(Key::reaction));
    }

    @Test
    void aNewDateOrResponseMovesOneBetweenDayRowsInKeyOrderAndNoResponseCountsAsPending() {
        MeetingFacts pending = new MeetingFacts(1, 7, DAY, null, Map.of());
        MeetingFacts answered = new MeetingFacts(1, 7, DAY.minusDays(1), OverallResponse.SUPPORTIVE, Map.of());

        assertThat(CoverageCounts.dayChanges(null, pending))
                .containsExactly(Map.entry(new CampaignDayResponse(1, DAY, "PENDING"), 1));
        assertThat(CoverageCounts.dayChanges(pending, answered))
                .containsExactly(
                        Map.entry(new CampaignDayResponse(1, DAY.minusDays(1), "SUPPORTIVE"), 1),
                        Map.entry(new CampaignDayResponse(1, DAY, "PENDING"), -1));
        assertThat(CoverageCounts.dayChanges(answered, null))
                .containsExactly(Map.entry(new CampaignDayResponse(1, DAY.minusDays(1), "SUPPORTIVE"), -1));
        MeetingFacts elsewhere =
                new MeetingFacts(1, 9, DAY.minusDays(1), OverallResponse.SUPPORTIVE, Map.of(11L, Reaction.AGREED));
        assertThat(CoverageCounts.dayChanges(answered, elsewhere))
                .as("another country, the same campaign, day and response")
                .isEmpty();
    }
}
