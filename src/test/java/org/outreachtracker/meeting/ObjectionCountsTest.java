package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outreachtracker.meeting.ObjectionCounts.Key;

/**
 * What a change of a meeting adds to each row of the objection counts, without a database: only
 * the rows it changes, each by what it changes, in key order.
 */
class ObjectionCountsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 17);

    private static MeetingFacts facts(long campaign, long country, Set<Long> objections) {
        return new MeetingFacts(campaign, country, DAY, null, Map.of(), 1, false, objections);
    }

    @Test
    void aLoggedMeetingAddsOnePerObjectionAndADeletedOneTakesItAway() {
        assertThat(ObjectionCounts.changes(null, facts(1, 7, Set.of(12L, 11L))))
                .containsExactly(Map.entry(new Key(1, 11, 7), 1), Map.entry(new Key(1, 12, 7), 1));
        assertThat(ObjectionCounts.changes(facts(1, 7, Set.of(11L)), null))
                .containsExactly(Map.entry(new Key(1, 11, 7), -1));
        assertThat(ObjectionCounts.changes(null, facts(1, 7, Set.of()))).isEmpty();
    }

    @Test
    void aKeptObjectionChangesNothingAndADroppedOrMovedOneMovesItsCount() {
        assertThat(ObjectionCounts.changes(facts(1, 7, Set.of(11L, 12L)), facts(1, 7, Set.of(11L, 13L))))
                .containsExactly(Map.entry(new Key(1, 12, 7), -1), Map.entry(new Key(1, 13, 7), 1));
        assertThat(ObjectionCounts.changes(facts(1, 9, Set.of(11L)), facts(1, 3, Set.of(11L))))
                .as("to another country, in key order")
                .containsExactly(Map.entry(new Key(1, 11, 3), 1), Map.entry(new Key(1, 11, 9), -1));
    }
}
