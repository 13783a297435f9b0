package org.outreachtracker.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.outreachtracker.Application;
import org.outreachtracker.PostgresTestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Fills an H2 file database, or a schema of a PostgreSQL server ({@code --database=postgres}), with a
 * realistic outreach history for the benchmarks: generated once per set of parameters and reused (a
 * {@code dataset.properties} next to the database, or in the schema's comment, says what it holds).
 * The schema comes from the application's own Flyway migrations; the rows are written in bulk
 * (batched JDBC inserts on H2, {@code COPY} on PostgreSQL; see {@link BenchDataWriter}), not
 * through the services, which would take hours for a million meetings.
 *
 * <p>Run: {@code ./mvnw -Pbench verify -Dbench.args="--generate-only --meetings=1e5"} or let the
 * harness call it (see docs/performance.md).
 */
final class BenchDataGenerator {

    /** The password of every generated account. */
    static final String PASSWORD = "bench-password-2026";

    private BenchDataGenerator() {}

    public static void main(String[] args) throws Exception {
        BenchDataParameters parameters;
        try {
            parameters = BenchDataParameters.parse(List.of(args), Path.of(""));
            parameters.requireServer();
        } catch (IllegalArgumentException refused) {
            System.err.println("bench-data: " + refused.getMessage());
            System.err.println(BenchDataParameters.usage());
            System.exit(2);
            return;
        }
        try {
            ensure(parameters, System.out);
        } catch (IllegalArgumentException refused) {
            System.err.println("bench-data: " + refused.getMessage());
            System.exit(2);
        }
    }

    /**
     * The data set for these parameters: reused when it exists, generated otherwise.
     *
     * @return what the data set holds (parameters, row counts, generation time)
     */
    static Properties ensure(BenchDataParameters parameters, PrintStream log) throws Exception {
        if (parameters.postgres()) {
            return ensureOnPostgres(parameters, log);
        }
        if (Files.exists(parameters.descriptionFile())) {
            Properties written = read(parameters.descriptionFile());
            if (!parameters.sameAs(written)) {
                throw BenchDataParameters.refused(parameters.directory() + " holds a data set made with other"
                        + " parameters (" + written + "); choose another --db or delete that folder.");
            }
            log.printf(
                    "bench-data: reusing %s (%s meetings, generated in %s min)%n",
                    parameters.directory(), written.getProperty("meetings"), written.getProperty("generation.minutes"));
            return written;
        }
        if (Files.exists(parameters.dataFile())) {
            throw BenchDataParameters.refused(parameters.dataFile() + " exists but is not a complete bench data set"
                    + " (no " + BenchDataParameters.DESCRIPTION_FILE + "): delete " + parameters.directory()
                    + " and run again.");
        }
        Files.createDirectories(parameters.directory());
        log.printf("bench-data: generating %s%n", parameters.directory());
        long started = System.nanoTime();
        long migrated;
        Map<String, Long> counts;
        try {
            migrate(parameters);
            migrated = System.nanoTime();
            BenchDialect dialect = BenchDialect.of(parameters);
            try (Connection connection = dialect.connect(parameters)) {
                counts = new BenchDataWriter(parameters, connection, dialect, log).write();
                dialect.finish(connection, log);
            }
        } catch (Exception | Error failed) {
            // A half-written data set must not be mistaken for a complete one later.
            Files.deleteIfExists(parameters.dataFile());
            Files.deleteIfExists(parameters.directory().resolve("outreach.trace.db"));
            throw failed;
        }
        long finished = System.nanoTime();
        Properties description = parameters.describe();
        counts.forEach((table, count) -> description.setProperty("rows." + table, Long.toString(count)));
        description.setProperty("generated.at", Instant.now().toString());
        description.setProperty("generation.minutes", minutes(finished - started));
        description.setProperty("migration.seconds", String.format(Locale.ROOT, "%.1f", (migrated - started) / 1e9));
        description.setProperty("file.megabytes", Long.toString(Files.size(parameters.dataFile()) / 1_000_000));
        try (Writer out = Files.newBufferedWriter(parameters.descriptionFile())) {
            description.store(out, "Bench data set (see docs/performance.md); delete this folder to regenerate");
        }
        log.printf(
                "bench-data: %s meetings written in %s min (%s MB): %s%n",
                parameters.meetings(), minutes(finished - started), description.getProperty("file.megabytes"), counts);
        return description;
    }

    /**
     * The data set in its PostgreSQL schema. The schema is the data set: it is complete when its
     * comment holds the description (written last, in the same form as {@code dataset.properties},
     * which is also kept in the local folder for reading). A schema without one is what a failed or
     * interrupted generation left, and is refused; a server without the schema (a new throw-away
     * server, say) gets it generated, whatever the local folder holds.
     */
    private static Properties ensureOnPostgres(BenchDataParameters parameters, PrintStream log) throws Exception {
        parameters.requireServer();
        String schema = parameters.schema();
        Optional<String> comment;
        try (Connection connection = connect(parameters)) {
            comment = schemaComment(connection, schema);
        }
        if (comment.isPresent()) {
            Properties written = new Properties();
            written.load(new StringReader(comment.get()));
            if (!written.containsKey("generated.at")) {
                throw BenchDataParameters.refused("The schema " + schema + " on "
                        + PostgresTestDatabase.url().orElseThrow()
                        + " exists but is not a complete bench data set (no description in its comment): drop it"
                        + " (drop schema " + schema + " cascade) and run again.");
            }
            if (!parameters.sameAs(written)) {
                throw BenchDataParameters.refused("The schema " + schema + " holds a data set made with other"
                        + " parameters (" + written + "); drop it (drop schema " + schema + " cascade).");
            }
            log.printf(
                    "bench-data: reusing the PostgreSQL schema %s (%s meetings, generated in %s min)%n",
                    schema, written.getProperty("meetings"), written.getProperty("generation.minutes"));
            store(written, parameters.descriptionFile());
            return written;
        }
        Files.createDirectories(parameters.directory());
        Files.deleteIfExists(parameters.descriptionFile());
        log.printf(
                "bench-data: generating the PostgreSQL schema %s on %s%n",
                schema, PostgresTestDatabase.url().orElseThrow());
        long started = System.nanoTime();
        long migrated;
        Map<String, Long> counts;
        try {
            migrate(parameters);
            migrated = System.nanoTime();
            BenchDialect dialect = BenchDialect.of(parameters);
            try (Connection connection = dialect.connect(parameters)) {
                counts = new BenchDataWriter(parameters, connection, dialect, log).write();
                dialect.finish(connection, log);
            }
        } catch (Exception | Error failed) {
            // A half-written data set must not be mistaken for a complete one later.
            try (Connection connection = connect(parameters);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            } catch (SQLException dropFailed) {
                failed.addSuppressed(dropFailed);
            }
            throw failed;
        }
        long finished = System.nanoTime();
        Properties description = parameters.describe();
        counts.forEach((table, count) -> description.setProperty("rows." + table, Long.toString(count)));
        description.setProperty("generated.at", Instant.now().toString());
        description.setProperty("generation.minutes", minutes(finished - started));
        description.setProperty("migration.seconds", String.format(Locale.ROOT, "%.1f", (migrated - started) / 1e9));
        try (Connection connection = connect(parameters);
                Statement statement = connection.createStatement()) {
            description.putAll(server(connection));
            description.setProperty("schema", schema);
            description.setProperty("schema.megabytes", Long.toString(schemaBytes(connection) / 1_000_000));
            StringWriter text = new StringWriter();
            description.store(text, null);
            statement.execute(
                    "comment on schema " + schema + " is '" + text.toString().replace("'", "''") + "'");
        }
        store(description, parameters.descriptionFile());
        log.printf(
                "bench-data: %s meetings written into %s in %s min (%s MB): %s%n",
                parameters.meetings(),
                schema,
                minutes(finished - started),
                description.getProperty("schema.megabytes"),
                counts);
        return description;
    }

    /** A connection to the server, in the data set's schema (which may not exist yet). */
    static Connection connect(BenchDataParameters parameters) throws SQLException {
        return DriverManager.getConnection(parameters.jdbcUrl(), parameters.user(), parameters.password());
    }

    /** The schema's comment ("" when it has none), or nothing when there is no such schema. */
    private static Optional<String> schemaComment(Connection connection, String schema) throws SQLException {
        try (var query = connection.prepareStatement(
                "select coalesce(obj_description(oid, 'pg_namespace'), '') from pg_namespace where nspname = ?")) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * What a PostgreSQL server's results depend on: its version and durability settings (as
     * {@code postgres.version}, {@code postgres.fsync}, ...).
     */
    static Properties server(Connection connection) throws SQLException {
        Properties server = new Properties();
        try (Statement statement = connection.createStatement()) {
            for (String setting :
                    List.of("server_version", "fsync", "synchronous_commit", "full_page_writes", "shared_buffers")) {
                try (ResultSet rs = statement.executeQuery("show " + setting)) {
                    rs.next();
                    server.setProperty(
                            "postgres." + (setting.equals("server_version") ? "version" : setting), rs.getString(1));
                }
            }
        }
        return server;
    }

    /** The bytes of the current schema's tables with their indexes and TOAST data. */
    static long schemaBytes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = current_schema() and c.relkind in ('r', 'm')""")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void store(Properties description, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            description.store(
                    out,
                    "Bench data set (see docs/performance.md); the rows are in the PostgreSQL schema "
                            + description.getProperty("schema") + "; drop it to regenerate");
        }
    }

    static String minutes(long nanos) {
        return String.format(Locale.ROOT, "%.1f", Duration.ofNanos(nanos).toMillis() / 60_000.0);
    }

    /**
     * Creates the schema and the reference data with the application's own migrations, by starting
     * the application once (on a free port, demo mode off; Vaadin's security needs a web context). The first administrator
     * the application creates on an empty database gets the bench password.
     */
    private static void migrate(BenchDataParameters parameters) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.config.location=classpath:/",
                "--spring.main.banner-mode=off",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--outreach.demo.enabled=false",
                "--OUTREACH_ADMIN_PASSWORD=" + PASSWORD));
        arguments.addAll(parameters.applicationArguments());
        try (var context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                // Command-line arguments: they win over the built-in application.properties.
                .run(arguments.toArray(String[]::new))) {
            String url = context.getEnvironment().getProperty("spring.datasource.url", "");
            if (parameters.postgres()
                    ? !url.equals(parameters.jdbcUrl())
                    : !url.contains(parameters.directory().toString())) {
                throw new IllegalStateException("The application used " + url + " instead of " + parameters.jdbcUrl());
            }
        }
    }

    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
