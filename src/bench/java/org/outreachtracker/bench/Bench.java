package org.outreachtracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.outreachtracker.Application;
import org.outreachtracker.PostgresTestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The performance benchmark harness (see docs/performance.md). Run by
 * {@code ./mvnw -Pbench verify}, options with {@code -Dbench.args="--name=value ..."}.
 *
 * <ol>
 * <li>Makes sure the data sets exist (generated once, then reused): the large one
 *     ({@link BenchDataGenerator}, default one million meetings) and an empty one.</li>
 * <li>a, b, c: the application's services in-process on the large database; with {@code --probes},
 *     also w: the meetings list's H2 workarounds timed with and without each ({@link WorkaroundProbes});
 *     g: the counterpart directory ({@link DirectoryScenarios}); h: global search, after waiting for
 *     the search index to be filled ({@link SearchScenarios}).</li>
 * <li>f, d, e: the production jar as its own process on a copy of the large database (so the
 *     meetings logged by e do not change the data set), driven over HTTP.</li>
 * <li>Prints the results table and writes it to {@code target/bench/results.md}.</li>
 * </ol>
 * A scenario that fails is reported as failed in the table; the harness then goes on with the
 * others and exits with status 1.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Path here = Path.of("").toAbsolutePath();
        BenchOptions options;
        BenchDataParameters data;
        BenchDataParameters empty;
        try {
            options = BenchOptions.parse(List.of(args), here);
            data = BenchDataParameters.parse(options.dataArguments(), here);
            options.requireSupportedOn(data);
            data.requireServer();
            empty = BenchDataParameters.parse(
                    List.of(
                            "--meetings=0",
                            "--campaigns=0",
                            "--users=0",
                            "--posts=" + data.posts(),
                            "--seed=" + data.seed()),
                    here);
        } catch (IllegalArgumentException refused) {
            System.err.println("bench: " + refused.getMessage());
            System.err.println(BenchOptions.usage());
            System.exit(2);
            return;
        }
        Properties dataset;
        try {
            dataset = BenchDataGenerator.ensure(data, System.out);
            if (options.scenarios().contains('f')) {
                // For scenario f's start on an empty database.
                BenchDataGenerator.ensure(empty, System.out);
            }
        } catch (IllegalArgumentException refused) {
            System.err.println("bench: " + refused.getMessage());
            System.exit(2);
            return;
        }
        if (options.generateOnly()) {
            return;
        }
        Results results = new Results(System.out);
        describe(results, options, data, dataset);
        Path outputDirectory = options.output().getParent();

        if (options.probes() || options.scenarios().stream().anyMatch(s -> "abcgh".indexOf(s) >= 0)) {
            long started = System.nanoTime();
            try (ConfigurableApplicationContext context =
                    startInProcess(data, options.scenarios().contains('h'))) {
                long ready = System.nanoTime();
                results.detail(String.format(
                        Locale.ROOT,
                        "Scenarios a–c, g and h ran in-process (application context"
                                + " started in %.1f s on the large database).",
                        (ready - started) / 1e9));
                var queries = new QueryScenarios(context, results, options.warmups(), options.runs());
                SearchScenarios search = null;
                if (options.scenarios().contains('h')) {
                    // First the search index's background fill, which would slow every other measure.
                    search = new SearchScenarios(
                            context,
                            results,
                            queries::touch,
                            data,
                            options.warmups(),
                            options.runs(),
                            options.baselineRuns());
                    if (!search.awaitIndex(ready, options.indexWaitMinutes())) {
                        search = null;
                    }
                }
                queries.run(options.scenarios());
                if (options.scenarios().contains('g')) {
                    new DirectoryScenarios(context, results, options.warmups(), options.runs()).run();
                }
                if (search != null) {
                    search.run();
                }
                if (options.probes()) {
                    new WorkaroundProbes(
                                    context.getBean(JdbcClient.class),
                                    results,
                                    queries::touch,
                                    options.warmups(),
                                    options.runs())
                            .run(queries.campaignsToMeasure().getFirst());
                }
            } catch (RuntimeException failure) {
                results.failed("a–c", "application context on the large database", failure);
            }
        }

        if (options.scenarios().stream().anyMatch(s -> "defn".indexOf(s) >= 0)) {
            Path runData = outputDirectory.resolve("run-data");
            try {
                // H2: a copy of the file, so that the meetings e logs leave the data set as it was.
                // PostgreSQL: the schema itself (the meetings e and n log stay in it; the results say
                // how many); the data folder is then only the node's own (empty) folder.
                String[] database;
                String[] emptyDatabase;
                BenchPeople people;
                if (data.postgres()) {
                    Files.createDirectories(runData);
                    database = data.databaseArguments().toArray(String[]::new);
                    emptyDatabase = empty.databaseArguments().toArray(String[]::new);
                    people = BenchPeople.read(data.jdbcUrl(), data.user(), data.password());
                } else {
                    copyDatabase(data.directory(), runData);
                    database = new String[0];
                    emptyDatabase = new String[0];
                    people = BenchPeople.read(
                            BenchDataParameters.parse(List.of("--db=" + runData), here)
                                    .jdbcUrl(),
                            "outreach",
                            "");
                }
                if (options.scenarios().contains('f')) {
                    try {
                        new StartupScenario(results)
                                .run(
                                        options.jar(),
                                        runData,
                                        database,
                                        data.postgres() ? outputDirectory.resolve("run-data-empty") : empty.directory(),
                                        emptyDatabase,
                                        options.heap(),
                                        options.startups(),
                                        outputDirectory);
                    } catch (Exception failure) {
                        results.failed("f", "start-up", failure);
                    }
                }
                var sessions = new SessionScenarios(results, people, outputDirectory);
                if (options.scenarios().contains('d')) {
                    try (ServerProcess server = ServerProcess.start(
                            options.jar(),
                            runData,
                            options.heap(),
                            outputDirectory.resolve("server-d.log"),
                            data.postgres()
                                    ? database
                                    : new String[] {
                                        SessionScenarios.memoryServerDatabase(
                                                BenchDataParameters.parse(List.of("--db=" + runData), here))
                                    })) {
                        sessions.memory(server, options.sessions(), !data.postgres());
                    } catch (Exception failure) {
                        results.failed("d", "memory per session", failure);
                    }
                }
                if (options.scenarios().contains('e')) {
                    try (ServerProcess server = ServerProcess.start(
                            options.jar(),
                            runData,
                            options.heap(),
                            outputDirectory.resolve("server-e.log"),
                            database)) {
                        sessions.concurrency(
                                server.base(),
                                "e",
                                "",
                                options.levels(),
                                options.thinkSeconds(),
                                options.rampSeconds(),
                                options.measureSeconds());
                    } catch (Exception failure) {
                        results.failed("e", "concurrent users", failure);
                    }
                }
                if (options.scenarios().contains('n')) {
                    try {
                        results.detail("Scenario n: " + NodeScenarios.describe() + ".");
                        new NodeScenarios(results, people, data, outputDirectory, sessions)
                                .run(
                                        options.jar(),
                                        options.heap(),
                                        options.levels(),
                                        options.thinkSeconds(),
                                        options.rampSeconds(),
                                        options.measureSeconds());
                    } catch (Exception failure) {
                        results.failed("n", "two nodes behind HAProxy", failure);
                    }
                }
            } catch (Exception failure) {
                results.failed("d–f", "server scenarios", failure);
            }
        }
        results.header("");
        results.header("Load average at the end: " + loadAverage());
        results.write(options.output());
        if (results.anyFailed()) {
            System.exit(1);
        }
    }

    /**
     * The application in this JVM, on the given data set (H2 or PostgreSQL), demo mode off, on a
     * free port. Without {@code fillSearchIndex} the search index's fill is put off: it would run
     * beside the measures, and on H2 it makes the file ten times larger.
     */
    static ConfigurableApplicationContext startInProcess(BenchDataParameters data, boolean fillSearchIndex) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.config.location=classpath:/",
                "--spring.main.banner-mode=off",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--outreach.demo.enabled=false",
                "--outreach.search.fill-on-start=" + fillSearchIndex));
        arguments.addAll(data.applicationArguments());
        return new SpringApplicationBuilder(Application.class)
                .logStartupInfo(false)
                .run(arguments.toArray(String[]::new));
    }

    private static void copyDatabase(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(to)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.copy(
                from.resolve(BenchDataParameters.DATA_FILE),
                to.resolve(BenchDataParameters.DATA_FILE),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static void describe(Results results, BenchOptions options, BenchDataParameters data, Properties dataset) {
        results.header("# Benchmark results");
        results.header("");
        results.header("- Run: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        results.header("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
                + memory() + "; load average at the start: " + loadAverage());
        results.header("- Harness JVM: Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "), max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; server JVM (d, e, f): -Xmx"
                + options.heap() + ", G1");
        results.header("- Database: " + database(data));
        results.header("- Data set: "
                + (data.postgres()
                        ? "schema " + data.schema()
                        : data.directory().getFileName()) + ": "
                + dataset.getProperty("meetings")
                + " meetings, " + dataset.getProperty("rows.meeting_point") + " raised points, "
                + dataset.getProperty("rows.meeting_counterpart") + " meeting–counterpart links, "
                + dataset.getProperty("rows.follow_up") + " follow-ups ("
                + dataset.getProperty("rows.follow_up_overdue")
                + " overdue), " + dataset.getProperty("rows.counterpart") + " counterparts, "
                + dataset.getProperty("rows.campaign") + " campaigns, " + dataset.getProperty("rows.post") + " posts, "
                + dataset.getProperty("rows.app_user") + " accounts; "
                + dataset.getProperty(data.postgres() ? "schema.megabytes" : "file.megabytes")
                + " MB; generated in " + dataset.getProperty("generation.minutes") + " min"
                + (data.postgres()
                        ? " (on PostgreSQL " + dataset.getProperty("postgres.version") + ", fsync "
                                + dataset.getProperty("postgres.fsync") + ", synchronous_commit "
                                + dataset.getProperty("postgres.synchronous_commit") + ")"
                        : ""));
        results.header("- Options: scenarios " + options.scenarios() + ", " + options.warmups() + " warm-up and "
                + options.runs() + " measured calls per query measure (" + options.baselineRuns()
                + " per baseline of h), " + options.sessions()
                + " sessions per kind (d), levels " + options.levels() + " with " + options.thinkSeconds()
                + " s mean think time, " + options.rampSeconds() + " s ramp-up and " + options.measureSeconds()
                + " s measured per level (e), " + options.startups() + " starts per database (f), "
                + options.indexWaitMinutes() + " min at most for the search index to be filled (h)"
                + (options.scenarios().contains('h') ? "" : "; the search index's fill put off (no h)"));
    }

    /**
     * The database the scenarios run on, as it says itself: product and version and, on PostgreSQL,
     * the server's durability settings and memory (which decide how fast writes are).
     */
    private static String database(BenchDataParameters data) {
        try (var connection = BenchDataGenerator.connect(data)) {
            var meta = connection.getMetaData();
            String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            if (!data.postgres()) {
                return product + ", file database " + data.dataFile();
            }
            Properties server = BenchDataGenerator.server(connection);
            return product + " at " + PostgresTestDatabase.url().orElseThrow() + ", schema " + data.schema()
                    + "; fsync " + server.getProperty("postgres.fsync") + ", synchronous_commit "
                    + server.getProperty("postgres.synchronous_commit") + ", full_page_writes "
                    + server.getProperty("postgres.full_page_writes") + ", shared_buffers "
                    + server.getProperty("postgres.shared_buffers");
        } catch (java.sql.SQLException | RuntimeException unknown) {
            return (data.postgres() ? "PostgreSQL" : "H2") + " (could not be asked: " + unknown.getMessage() + ")";
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException unknown) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/meminfo")));
            long kb = lines.stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .map(l -> l.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(0);
            return String.format(Locale.ROOT, "%.1f GiB RAM", kb / 1024.0 / 1024.0);
        } catch (IOException unknown) {
            return "unknown RAM";
        }
    }
}
