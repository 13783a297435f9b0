package org.outreachtracker.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.outreachtracker.Application;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Fills an H2 file database with a realistic outreach history for the benchmarks: generated once
 * per set of parameters and reused (a {@code dataset.properties} next to the database says what it
 * holds). The schema comes from the application's own Flyway migrations; the rows are written
 * with batched JDBC inserts (see {@link BenchDataWriter}), not through the services, which would
 * take hours for a million meetings.
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
            // Bulk-load settings for this connection only: a large page cache, and no retention of
            // old pages (H2 otherwise keeps them 45 s, and the file balloons during a bulk load).
            try (Connection connection = DriverManager.getConnection(
                    parameters.jdbcUrl() + ";CACHE_SIZE=524288;RETENTION_TIME=0", "outreach", "")) {
                counts = new BenchDataWriter(parameters, connection, log).write();
                long compacting = System.nanoTime();
                connection.createStatement().execute("set retention_time 45000");
                connection.createStatement().execute("shutdown compact");
                log.printf("bench-data: file compacted in %.1f s%n", (System.nanoTime() - compacting) / 1e9);
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

    static String minutes(long nanos) {
        return String.format(Locale.ROOT, "%.1f", Duration.ofNanos(nanos).toMillis() / 60_000.0);
    }

    /**
     * Creates the schema and the reference data with the application's own migrations, by starting
     * the application once (on a free port, demo mode off; Vaadin's security needs a web context). The first administrator
     * the application creates on an empty database gets the bench password.
     */
    private static void migrate(BenchDataParameters parameters) {
        try (var context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                // Command-line arguments: they win over the built-in application.properties.
                .run(
                        "--spring.config.location=classpath:/",
                        "--spring.main.banner-mode=off",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--outreach.data-dir=" + parameters.directory(),
                        "--outreach.demo.enabled=false",
                        "--OUTREACH_ADMIN_PASSWORD=" + PASSWORD)) {
            String url = context.getEnvironment().getProperty("spring.datasource.url", "");
            if (!url.contains(parameters.directory().toString())) {
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
