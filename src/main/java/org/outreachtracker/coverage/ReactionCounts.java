package org.outreachtracker.coverage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.outreachtracker.base.CountedRows;
import org.outreachtracker.meeting.Reaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often each reaction met each talking point in live meetings ({@code point_reaction_count},
 * V25), kept by {@link CoverageCounts} in the transaction that changes a meeting; the dashboard's
 * talking point × reaction matrix reads it.
 */
@Component
class ReactionCounts {

    /** A row of the counts: a talking point and a reaction. */
    record Key(long pointId, Reaction reaction) {}

    private static final Comparator<Key> ORDER =
            Comparator.comparingLong(Key::pointId).thenComparing(Key::reaction);

    private final JdbcClient jdbc;

    ReactionCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A live meeting's reactions per talking point (talking point id → reaction) were
     * {@code before} and are now {@code after} (empty for a meeting logged or restored, and for one
     * deleted, respectively).
     */
    void changed(Map<Long, Reaction> before, Map<Long, Reaction> after) {
        // In key order, so that two meetings changed at once never wait for each other's rows.
        changes(before, after)
                .forEach((key, delta) -> CountedRows.add(
                        jdbc,
                        "point_reaction_count",
                        Map.of(
                                "talking_point_id",
                                key.pointId(),
                                "reaction",
                                key.reaction().name()),
                        delta));
    }

    /**
     * What a change of reactions adds to each row, in key order, leaving out the rows it does not
     * change (a point raised before and after with the same reaction).
     */
    static Map<Key, Integer> changes(Map<Long, Reaction> before, Map<Long, Reaction> after) {
        return CountedRows.changes(before, after, ReactionCounts::keys, ORDER);
    }

    private static List<Key> keys(Map<Long, Reaction> reactions) {
        return reactions.entrySet().stream()
                .map(entry -> new Key(entry.getKey(), entry.getValue()))
                .toList();
    }
}
