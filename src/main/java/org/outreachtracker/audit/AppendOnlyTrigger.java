package org.outreachtracker.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * The H2 database's guard on the audit trail: any update or delete of an audit event fails, with
 * one exception: an event written before the trail was sealed may have its empty seal filled in,
 * once, with nothing else changed (the migration V46 does that). Installed by the migration
 * {@code db/vendor/h2/V6__audit_append_only.sql}.
 */
public class AppendOnlyTrigger implements Trigger {

    private static final List<String> SEAL = List.of("seq", "prev_hash", "hash");

    /** The table it guards (H2 names a table it rebuilds for a new column differently meanwhile). */
    private static final String TABLE = "audit_event";

    private String schema;
    /** The row positions of the seal's columns, for rows of {@link #sealWidth} columns. */
    private int[] sealPositions;

    private int sealWidth = -1;

    @Override
    public void init(
            Connection connection, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.schema = schemaName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && fillsInSealOnly(connection, oldRow, newRow)) {
            return;
        }
        throw new SQLException("Audit events are append-only: changing or deleting one is refused.");
    }

    private boolean fillsInSealOnly(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        int[] seal = sealPositions(connection, oldRow.length);
        if (seal.length != SEAL.size() || newRow.length != oldRow.length) {
            return false;
        }
        for (int position : seal) {
            if (oldRow[position] != null || newRow[position] == null) {
                return false;
            }
        }
        for (int i = 0; i < oldRow.length; i++) {
            int column = i;
            if (Arrays.stream(seal).noneMatch(p -> p == column) && !Objects.equals(oldRow[i], newRow[i])) {
                return false;
            }
        }
        return true;
    }

    private synchronized int[] sealPositions(Connection connection, int width) throws SQLException {
        if (width != sealWidth) {
            try (PreparedStatement columns = connection.prepareStatement("select column_name, ordinal_position"
                    + " from information_schema.columns where lower(table_schema) = lower(?)"
                    + " and lower(table_name) = lower(?)")) {
                columns.setString(1, schema);
                columns.setString(2, TABLE);
                int[] found = new int[SEAL.size()];
                int count = 0;
                try (ResultSet rows = columns.executeQuery()) {
                    while (rows.next()) {
                        int index = SEAL.indexOf(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
                        if (index >= 0) {
                            found[index] = rows.getInt(2) - 1;
                            count++;
                        }
                    }
                }
                sealPositions = count == SEAL.size() ? found : new int[0];
                sealWidth = width;
            }
        }
        return sealPositions;
    }
}
