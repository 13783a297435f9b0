package org.outreachtracker.base;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adding to a row of a table of counts that a feature keeps as meetings change (the meeting
 * feature's {@code meeting_day_count} and {@code objection_country_count}, coverage's
 * {@code point_reaction_count}, {@code campaign_day_response_count} and
 * {@code campaign_country_count}): each row is a key and its {@code meetings}, and what a change of
 * one meeting adds to those rows.
 */
public final class CountedRows {

    private CountedRows() {}

    /**
     * What a change of one record adds to each row: −1 for every key it counted on before, +1 for
     * every key it counts on after, leaving out the rows that lose and gain as much (a meeting that
     * keeps its campaign and country changes nothing there). {@code before} is null for a record
     * that did not count (logged, restored), {@code after} for one that no longer does (deleted).
     * The rows come in {@code order}, so that two records changed at once take them in the same
     * order and never wait for each other in a circle.
     */
    public static <F, K> Map<K, Integer> changes(
            F before, F after, Function<? super F, ? extends Collection<K>> keysOf, Comparator<? super K> order) {
        Map<K, Integer> changes = new TreeMap<>(order);
        if (before != null) {
            keysOf.apply(before).forEach(key -> changes.merge(key, -1, Integer::sum));
        }
        if (after != null) {
            keysOf.apply(after).forEach(key -> changes.merge(key, 1, Integer::sum));
        }
        changes.values().removeIf(delta -> delta == 0);
        return changes;
    }

    /**
     * Adds {@code delta} to the row with this key, creating it first if needed, in the caller's
     * transaction. {@code table} and the key's column names are the application's own, never the
     * user's.
     */
    public static void add(JdbcClient jdbc, String table, Map<String, Object> key, long delta) {
        if (update(jdbc, table, key, delta) > 0) {
            return;
        }
        // The first count for this key: the row is created, empty, unless a meeting saved at the
        // same moment created it first (the insert then waits for that meeting's transaction, and
        // does nothing once it has committed). "On conflict do nothing" is PostgreSQL's, and H2's in
        // its PostgreSQL mode, which the application's H2 URL sets.
        String columns = String.join(", ", key.keySet());
        String values = key.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
        jdbc.sql("insert into " + table + " (" + columns + ", meetings) values (" + values + ", 0)"
                        + " on conflict do nothing")
                .params(key)
                .update();
        if (update(jdbc, table, key, delta) == 0) {
            throw new IllegalStateException("No row in " + table + " for " + key + " after creating it");
        }
    }

    private static int update(JdbcClient jdbc, String table, Map<String, Object> key, long delta) {
        String where =
                key.keySet().stream().map(column -> column + " = :" + column).collect(Collectors.joining(" and "));
        return jdbc.sql("update " + table + " set meetings = meetings + :delta where " + where)
                .params(key)
                .param("delta", delta)
                .update();
    }
}
