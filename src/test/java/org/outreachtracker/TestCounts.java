package org.outreachtracker;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts read by a query whose last column is the count and whose other columns are the key, as
 * "key1 key2 …" → count in key order, so that a kept table of counts and the same counts taken
 * from the meetings themselves compare as two equal maps, and a difference shows as the keys
 * that differ.
 */
public final class TestCounts {

    private TestCounts() {}

    public static Map<String, Long> of(JdbcClient.StatementSpec query) {
        Map<String, Long> counts = new TreeMap<>();
        query.query(rs -> {
            int columns = rs.getMetaData().getColumnCount();
            var key = new StringJoiner(" ");
            for (int column = 1; column < columns; column++) {
                key.add(rs.getString(column));
            }
            counts.put(key.toString(), rs.getLong(columns));
        });
        return counts;
    }
}
