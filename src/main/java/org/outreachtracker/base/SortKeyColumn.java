package org.outreachtracker.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Adds a table's {@code sort_name} column and fills it with each row's {@link Names#sortKey},
 * for the migrations of the features whose lists the database sorts by name. Plain SQL that H2
 * and PostgreSQL both run.
 */
public final class SortKeyColumn {

    private SortKeyColumn() {}

    /** Adds {@code sort_name} to {@code table}, keyed from its {@code name} column, and makes it required. */
    public static void add(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table " + table + " add column sort_name varchar(" + Names.SORT_KEY_LENGTH + ")");
        }
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select id, name from " + table);
                PreparedStatement write =
                        connection.prepareStatement("update " + table + " set sort_name = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, Names.sortKey(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table " + table + " alter column sort_name set not null");
        }
    }
}
