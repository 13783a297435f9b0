package org.outreachtracker.meeting;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often each reaction met each talking point in live meetings ({@code point_reaction_count},
 * V25), kept by {@link MeetingService} in the transaction that changes a meeting; the dashboard's
 * talking point × reaction matrix reads it.
 */
@Component
class PointReactions {

    private record Key(long pointId, Reaction reaction) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::pointId)
            .thenComparing(Key::reaction);

    private final JdbcClient jdbc;

    PointReactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A live meeting's raised points were {@code before} and are now {@code after} (empty for a
     * meeting logged or restored, and for one deleted, respectively).
     */
    void changed(Collection<DeliveredPoint> before, Collection<DeliveredPoint> after) {
        Map<Key, Integer> changes = new TreeMap<>(ORDER);
        before.forEach(point -> changes.merge(new Key(point.talkingPointId(), point.reaction()), -1, Integer::sum));
        after.forEach(point -> changes.merge(new Key(point.talkingPointId(), point.reaction()), 1, Integer::sum));
        // In key order, so that two meetings changed at once never wait for each other's rows.
        changes.forEach((key, delta) -> {
            if (delta != 0) {
                CountedRows.add(jdbc, "point_reaction_count",
                        Map.of("talking_point_id", key.pointId(), "reaction", key.reaction().name()), delta);
            }
        });
    }
}
