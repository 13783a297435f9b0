package org.outreachtracker.bench;

import java.io.PrintStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * What the bench data writer does differently on H2 and on PostgreSQL: how rows are written in
 * bulk ({@link RowSink}), which SQL the two databases spell differently, how the plain indexes are
 * read from the catalogue, and how a finished data set is tidied up. Everything else the writer
 * does is the same SQL on both.
 */
sealed interface BenchDialect {

    static BenchDialect of(BenchDataParameters parameters) {
        return parameters.postgres() ? new Postgres() : new H2();
    }

    /** The connection the writer uses, set up for a bulk load, not auto-committing. */
    Connection connect(BenchDataParameters parameters) throws SQLException;

    /**
     * Rows for one table, in the order of {@code columns}. Nothing is written until {@link
     * RowSink#flush()}; the writer flushes the sinks of tables that reference others after theirs.
     */
    RowSink sink(Connection db, String table, String... columns) throws SQLException;

    /** SQL for the date {@code days} (an integer expression) after the date {@code date}. */
    String plusDays(String date, String days);

    /** SQL for a text expression's UTF-8 bytes (a {@code bytea}/{@code varbinary} value). */
    String utf8(String text);

    /**
     * The indexes of these tables that no constraint owns, by name, each with the statement that
     * creates it again.
     */
    Map<String, String> plainIndexes(Connection db, List<String> tables) throws SQLException;

    /** Tidies up after the rows are written (the statistics are already up to date). */
    void finish(Connection db, PrintStream log) throws SQLException;

    /** Rows written in bulk into one table. */
    interface RowSink extends AutoCloseable {

        void row(Object... values) throws SQLException;

        /** Writes the rows given since the last flush. */
        void flush() throws SQLException;

        /** Releases the sink; rows not flushed are dropped. */
        @Override
        void close() throws SQLException;
    }

    /** The H2 file database: batched prepared inserts. */
    final class H2 implements BenchDialect {

        @Override
        public Connection connect(BenchDataParameters parameters) throws SQLException {
            // Bulk-load settings for this connection only: a large page cache, and no retention of
            // old pages (H2 otherwise keeps them 45 s, and the file balloons during a bulk load).
            Connection connection = DriverManager.getConnection(
                    parameters.jdbcUrl() + ";CACHE_SIZE=524288;RETENTION_TIME=0",
                    parameters.user(),
                    parameters.password());
            connection.setAutoCommit(false);
            return connection;
        }

        @Override
        public RowSink sink(Connection db, String table, String... columns) throws SQLException {
            PreparedStatement insert = db.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
                    + ") values (" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
            return new RowSink() {
                @Override
                public void row(Object... values) throws SQLException {
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.addBatch();
                }

                @Override
                public void flush() throws SQLException {
                    insert.executeBatch();
                }

                @Override
                public void close() throws SQLException {
                    insert.close();
                }
            };
        }

        @Override
        public String plusDays(String date, String days) {
            return "dateadd(day, " + days + ", " + date + ")";
        }

        @Override
        public String utf8(String text) {
            return "stringtoutf8(" + text + ")";
        }

        @Override
        public Map<String, String> plainIndexes(Connection db, List<String> tables) throws SQLException {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            Map<String, String> tableOf = new HashMap<>();
            try (PreparedStatement query = db.prepareStatement("""
                    select i.table_name, i.index_name, c.column_name, c.ordering_specification, c.null_ordering
                    from information_schema.indexes i
                    join information_schema.index_columns c
                      on c.index_schema = i.index_schema and c.index_name = i.index_name
                    where i.table_schema = current_schema and i.index_type_name = 'INDEX'
                      and not exists (select 1 from information_schema.table_constraints t
                                      where t.index_schema = i.index_schema and t.index_name = i.index_name)
                    order by i.table_name, i.index_name, c.ordinal_position
                    """);
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (!tables.contains(rs.getString(1))) {
                        continue;
                    }
                    tableOf.put(rs.getString(2), rs.getString(1));
                    boolean descending = "DESC".equals(rs.getString(4));
                    // Null ordering only where it differs from this database's default for the
                    // direction (DEFAULT_NULL_ORDERING=HIGH: last ascending, first descending), as in
                    // ix_meeting_deleted_by (deleted_by nulls first).
                    String nulls = rs.getString(5);
                    String explicit = !descending && "FIRST".equals(nulls)
                            ? " nulls first"
                            : descending && "LAST".equals(nulls) ? " nulls last" : "";
                    columns.computeIfAbsent(rs.getString(2), name -> new ArrayList<>())
                            .add(rs.getString(3) + (descending ? " desc" : "") + explicit);
                }
            }
            Map<String, String> creates = new LinkedHashMap<>();
            columns.forEach((index, list) -> creates.put(
                    index,
                    "create index " + index + " on " + tableOf.get(index) + " (" + String.join(", ", list) + ")"));
            return creates;
        }

        @Override
        public void finish(Connection db, PrintStream log) throws SQLException {
            long compacting = System.nanoTime();
            try (Statement statement = db.createStatement()) {
                statement.execute("set retention_time 45000");
                statement.execute("shutdown compact");
            }
            log.printf("bench-data: file compacted in %.1f s%n", (System.nanoTime() - compacting) / 1e9);
        }
    }

    /** PostgreSQL: {@code COPY ... FROM STDIN} through the JDBC driver's {@link CopyManager}. */
    final class Postgres implements BenchDialect {

        @Override
        public Connection connect(BenchDataParameters parameters) throws SQLException {
            Connection connection =
                    DriverManager.getConnection(parameters.jdbcUrl(), parameters.user(), parameters.password());
            connection.setAutoCommit(false);
            return connection;
        }

        @Override
        public RowSink sink(Connection db, String table, String... columns) throws SQLException {
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
            return new RowSink() {
                // One COPY at a time per connection: rows wait here until the writer flushes them,
                // after the rows they reference.
                private final StringBuilder rows = new StringBuilder(1 << 20);

                @Override
                public void row(Object... values) {
                    for (int i = 0; i < values.length; i++) {
                        if (i > 0) {
                            rows.append('\t');
                        }
                        text(values[i]);
                    }
                    rows.append('\n');
                }

                /** A value in COPY's text format: \N for null, backslash escapes for the separators. */
                private void text(Object value) {
                    if (value == null) {
                        rows.append("\\N");
                    } else if (value instanceof Boolean b) {
                        rows.append(b ? 't' : 'f');
                    } else if (value instanceof Number || value instanceof TemporalAccessor) {
                        // Dates and times in ISO 8601 (e.g. 2026-12-06T08:00Z), which PostgreSQL reads.
                        rows.append(value);
                    } else {
                        String s = value.toString();
                        for (int i = 0; i < s.length(); i++) {
                            char c = s.charAt(i);
                            switch (c) {
                                case '\\' -> rows.append("\\\\");
                                case '\t' -> rows.append("\\t");
                                case '\n' -> rows.append("\\n");
                                case '\r' -> rows.append("\\r");
                                default -> rows.append(c);
                            }
                        }
                    }
                }

                @Override
                public void flush() throws SQLException {
                    if (rows.isEmpty()) {
                        return;
                    }
                    try {
                        copy.copyIn(sql, new StringReader(rows.toString()));
                    } catch (java.io.IOException e) {
                        throw new SQLException("COPY into " + table + " failed", e);
                    }
                    rows.setLength(0);
                }

                @Override
                public void close() {
                    rows.setLength(0);
                }
            };
        }

        @Override
        public String plusDays(String date, String days) {
            return "(" + date + " + cast(" + days + " as integer))";
        }

        @Override
        public String utf8(String text) {
            return "convert_to(" + text + ", 'UTF8')";
        }

        @Override
        public Map<String, String> plainIndexes(Connection db, List<String> tables) throws SQLException {
            Map<String, String> creates = new LinkedHashMap<>();
            try (PreparedStatement query = db.prepareStatement("""
                    select t.relname, i.relname, pg_get_indexdef(i.oid)
                    from pg_index x
                    join pg_class i on i.oid = x.indexrelid
                    join pg_class t on t.oid = x.indrelid
                    join pg_namespace n on n.oid = t.relnamespace
                    where n.nspname = current_schema()
                      and not exists (select 1 from pg_constraint c where c.conindid = i.oid)
                    order by t.relname, i.relname
                    """);
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (tables.contains(rs.getString(1))) {
                        creates.put(rs.getString(2), rs.getString(3));
                    }
                }
            }
            return creates;
        }

        @Override
        public void finish(Connection db, PrintStream log) throws SQLException {
            // VACUUM outside a transaction: it sets the visibility map, so index-only scans work
            // from the first query as they would on a database that grew over the years.
            long vacuuming = System.nanoTime();
            db.commit();
            db.setAutoCommit(true);
            try (Statement statement = db.createStatement()) {
                statement.execute("vacuum");
            }
            log.printf("bench-data: vacuumed in %.1f s%n", (System.nanoTime() - vacuuming) / 1e9);
        }
    }
}
