package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreachtracker.PostgresTestDatabase;
import org.outreachtracker.bench.AppNode;
import org.outreachtracker.bench.Balancer;
import org.outreachtracker.bench.DeskOfficers;
import org.outreachtracker.bench.PostgresControl;

/**
 * Two nodes of the application on one PostgreSQL database behind HAProxy (the project's
 * {@code config/haproxy.cfg}), with desk officers logging meetings through the balancer the whole
 * time; the short form of the benchmark's failure runs (docs/performance.md). First the database
 * is stopped for a few seconds: the nodes report not ready, users are told to try again, and
 * both nodes serve again without a restart. Then one node is killed with SIGKILL: the balancer
 * takes it out within its health checks, the users of the other node see no error, the users of
 * the lost node sign in again on the other. In both, every save the users saw confirmed is in
 * the database afterwards. The figures are printed and written to target/node-loss.txt.
 */
@Tag("application")
@ExtendWith(PostgresTestDatabase.Condition.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeLossOnPostgresTest {

    static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);
    static final Duration OUTAGE = Duration.ofSeconds(8);
    static final Duration START_PATIENCE = Duration.ofMinutes(4);
    static final String PASSWORD_SUFFIX = "-demo-2026";

    /**
     * What users are told while the database cannot be reached: by the application's pages and
     * notices, by its outermost filter, and by the balancer's page when no node is ready.
     */
    static final List<String> TRY_AGAIN = List.of(
            "The database cannot be reached just now",
            "Please try again in a minute",
            "cannot reach its database just now");

    private Path folder;
    private String schema;
    private AppNode node1;
    private AppNode node2;
    private Balancer balancer;
    private final List<String> report = new ArrayList<>();

    @BeforeAll
    void startTwoNodesBehindTheBalancer() throws Exception {
        assumeTrue(
                Balancer.available(),
                "HAProxy is not installed here (.ci/run installs it): the two-node tests are skipped");
        folder = Files.createTempDirectory("outreach-two-nodes");
        schema = PostgresTestDatabase.newSchemaName();
        // One after the other: the first fills the empty database with the demo data.
        node1 = AppNode.start("node1", launch(), settings("node1"), folder.resolve("node1.log"), START_PATIENCE);
        node2 = AppNode.start("node2", launch(), settings("node2"), folder.resolve("node2.log"), START_PATIENCE);
        balancer = Balancer.start(Path.of(""), node1, node2, CHECK_INTERVAL, folder.resolve("haproxy.log"));
        report.add(String.format(
                "two nodes started in %d ms and %d ms (logs in %s)",
                node1.startupNanos() / 1_000_000, node2.startupNanos() / 1_000_000, folder));
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (AutoCloseable running : Arrays.asList(balancer, node1, node2)) {
            if (running != null) {
                running.close();
            }
        }
        if (schema != null) {
            try (Connection connection = connect()) {
                connection.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
        if (!report.isEmpty()) {
            String figures = String.join(System.lineSeparator(), report);
            System.out.println("Two nodes: " + figures);
            Files.writeString(Path.of("target", "node-loss.txt"), figures + System.lineSeparator());
        }
    }

    @Test
    @Order(1)
    void aShortDatabaseOutageLosesNothingAndTheNodesRecoverWithoutARestart() throws Exception {
        var database = PostgresControl.fromEnvironment();
        assumeTrue(
                database.isPresent(),
                "No control of the PostgreSQL server given (" + PostgresControl.VARIABLE
                        + ", set by .ci/postgres): outage not tested");
        long pid1 = node1.pid();
        long pid2 = node2.pid();
        try (DeskOfficers users = officers()) {
            users.awaitSaves(u -> true, 0, Duration.ofMinutes(3));
            long stoppedAt = System.nanoTime();
            database.get().stop();
            boolean node1NotReady = false;
            boolean node2NotReady = false;
            String page = "";
            int status = 0;
            long outageEnds = stoppedAt + OUTAGE.toNanos();
            while (System.nanoTime() < outageEnds) {
                node1NotReady |= node1.readiness() != 200;
                node2NotReady |= node2.readiness() != 200;
                if (node1NotReady && node2NotReady && status == 0) {
                    // Both out: what a user opening the application is shown.
                    Thread.sleep(CHECK_INTERVAL.toMillis() * 3);
                    HttpResponse<String> answer = HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(balancer.base().resolve("login"))
                                            .timeout(Duration.ofSeconds(10))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                    status = answer.statusCode();
                    page = answer.body();
                }
                Thread.sleep(200);
            }
            long startedAt = System.nanoTime();
            database.get().start(Duration.ofMinutes(1));
            Duration nodesReady = AppNode.awaitReady(Duration.ofMinutes(2), node1, node2);
            Duration balancerUp = balancer.awaitState("node1", "UP", Duration.ofMinutes(1));
            assertThat(balancer.awaitState("node2", "UP", Duration.ofMinutes(1)))
                    .isNotNull();
            long recoveredAt = System.nanoTime();
            users.awaitSaves(u -> true, recoveredAt, Duration.ofMinutes(3));
            users.stop();

            Set<Long> lost = lostSaves(users);
            List<DeskOfficers.Failure> failures = users.failures();
            report.add(String.format(
                    "database outage: stopped for %d s with %d users working; nodes ready %d ms after the"
                            + " database was back, in the balancer %d ms; %d confirmed saves, %d lost; %d failures"
                            + " shown to users, %d before the outage: %s",
                    TimeUnit.NANOSECONDS.toSeconds(startedAt - stoppedAt),
                    users.count(),
                    nodesReady == null ? -1 : nodesReady.toMillis(),
                    balancerUp == null ? -1 : balancerUp.toMillis(),
                    users.saves().size(),
                    lost.size(),
                    failures.size(),
                    failures.stream().filter(f -> f.at() < stoppedAt).count(),
                    failures.stream().map(DeskOfficers.Failure::what).distinct().toList()));

            assertThat(node1NotReady)
                    .as("node1 reported not ready while the database was stopped")
                    .isTrue();
            assertThat(node2NotReady)
                    .as("node2 reported not ready while the database was stopped")
                    .isTrue();
            assertThat(status)
                    .as("the balancer's answer while no node was ready")
                    .isEqualTo(503);
            assertThat(page).contains("Please try again in a minute");
            assertThat(nodesReady)
                    .as("both nodes ready again after the database came back")
                    .isNotNull();
            assertThat(List.of(node1.pid(), node2.pid(), node1.isAlive() ? 1L : 0L, node2.isAlive() ? 1L : 0L))
                    .as("the same node processes, still running (no restart)")
                    .containsExactly(pid1, pid2, 1L, 1L);
            assertThat(failures)
                    .as("failures shown to users before the database was stopped")
                    .noneMatch(f -> f.at() < stoppedAt);
            assertThat(failures)
                    .as("every failure during the outage tells the user to try again (the balancer's page,"
                            + " or the application's notice), never an error reference")
                    .allMatch(f -> f.what().contains("HTTP 503")
                            || TRY_AGAIN.stream().anyMatch(told -> f.what().contains(told)));
            assertThat(lost).as("confirmed saves missing from the database").isEmpty();
        }
    }

    @Test
    @Order(2)
    void aNodeKilledUnderLoadLosesNoSaveAndItsUsersContinueOnTheOther() throws Exception {
        try (DeskOfficers users = officers()) {
            users.awaitSaves(u -> true, 0, Duration.ofMinutes(3));
            Map<String, String> nodeOf = users.nodes();
            assertThat(Set.copyOf(nodeOf.values()))
                    .as("the users are spread over both nodes")
                    .containsExactlyInAnyOrder("node1", "node2");
            long killedAt = System.nanoTime();
            int exit = node1.kill();
            Duration takenOut = balancer.awaitState("node1", "DOWN", Duration.ofSeconds(30));
            users.awaitSaves(u -> nodeOf.get(u).equals("node1"), killedAt, Duration.ofMinutes(3));
            long recoveredAt = users.lastFirstSaveAfter(u -> nodeOf.get(u).equals("node1"), killedAt);
            Thread.sleep(3_000);
            users.stop();

            Set<Long> lost = lostSaves(users);
            List<DeskOfficers.Failure> failures = users.failures();
            List<DeskOfficers.Failure> ofTheOther = failures.stream()
                    .filter(f -> nodeOf.get(f.user()).equals("node2"))
                    .toList();
            report.add(String.format(
                    "node lost: node1 killed with SIGKILL (exit %d) with %d users working (%s); taken out by the"
                            + " balancer after %d ms (checks every %d ms, out after 2 failed); its users saving"
                            + " again on node2 after %d ms; %d confirmed saves, %d lost; failures seen by users"
                            + " of node2: %d, of node1: %d (%s)",
                    exit,
                    users.count(),
                    nodeOf,
                    takenOut == null ? -1 : takenOut.toMillis(),
                    CHECK_INTERVAL.toMillis(),
                    TimeUnit.NANOSECONDS.toMillis(recoveredAt - killedAt),
                    users.saves().size(),
                    lost.size(),
                    ofTheOther.size(),
                    failures.size() - ofTheOther.size(),
                    failures.stream().map(DeskOfficers.Failure::what).distinct().toList()));

            assertThat(exit).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
            assertThat(takenOut)
                    .as("the balancer took the lost node out within two health checks and their timeout")
                    .isNotNull()
                    .isLessThanOrEqualTo(CHECK_INTERVAL.multipliedBy(2).plusSeconds(3));
            assertThat(ofTheOther)
                    .as("failures seen by the users of the node that kept running")
                    .isEmpty();
            assertThat(failures).as("failures before the kill").noneMatch(f -> f.at() < killedAt);
            assertThat(users.savesAfter(killedAt))
                    .as("saves after the kill, all on the remaining node")
                    .isNotEmpty()
                    .allMatch(save -> save.node().equals("node2"));
            assertThat(lost).as("confirmed saves missing from the database").isEmpty();
        }
    }

    // ------------------------------------------------------------------ the nodes and the database

    private static List<String> launch() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(
                java,
                "-Xmx768m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "org.outreachtracker.Application");
    }

    private List<String> settings(String node) {
        return List.of(
                "--spring.config.location=classpath:/",
                "--spring.main.banner-mode=off",
                "--outreach.data-dir=" + folder.resolve(node),
                "--outreach.demo.enabled=true",
                "--spring.datasource.url=" + PostgresTestDatabase.urlWithSchema(schema),
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.create-schemas=true");
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection(
                PostgresTestDatabase.url().orElseThrow(), PostgresTestDatabase.user(), PostgresTestDatabase.password());
    }

    /** Four desk officers (each demo officer twice), logging meetings through the balancer. */
    private DeskOfficers officers() throws Exception {
        List<DeskOfficers.Desk> desks = new ArrayList<>();
        for (String username : List.of("officer", "officer2", "officer", "officer2")) {
            Map<String, Object> work = workOf(username);
            @SuppressWarnings("unchecked")
            List<String> countries = (List<String>) work.get("countries");
            desks.add(new DeskOfficers.Desk(
                    username, username + PASSWORD_SUFFIX, (Long) work.get("campaign"), countries));
        }
        return DeskOfficers.start(balancer.base(), desks, Duration.ofMillis(100), TRY_AGAIN);
    }

    /**
     * What a demo officer logs meetings in: the active campaign with the most meetings, and the
     * officer's desk countries already approached in it (they have counterparts to choose).
     */
    Map<String, Object> workOf(String username) throws Exception {
        try (Connection connection = connect()) {
            long campaign;
            try (var rows = connection
                    .createStatement()
                    .executeQuery("select m.campaign_id from " + schema + ".meeting m join " + schema
                            + ".campaign c on c.id = m.campaign_id where c.status = 'ACTIVE'"
                            + " group by m.campaign_id order by count(*) desc, m.campaign_id limit 1")) {
                rows.next();
                campaign = rows.getLong(1);
            }
            var statement = connection.prepareStatement("select distinct c.code from " + schema + ".meeting m join "
                    + schema + ".country c on c.id = m.country_id join " + schema
                    + ".app_user_desk d on d.country_id = m.country_id join " + schema
                    + ".app_user u on u.id = d.user_id where u.username = ? and m.campaign_id = ? order by c.code");
            statement.setString(1, username);
            statement.setLong(2, campaign);
            List<String> countries = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    countries.add(rows.getString(1).trim());
                }
            }
            assertThat(countries)
                    .as("desk countries of %s approached in campaign %d", username, campaign)
                    .isNotEmpty();
            return Map.of("campaign", campaign, "countries", countries);
        }
    }

    private Set<Long> lostSaves(DeskOfficers users) throws Exception {
        try (Connection connection = connect()) {
            return users.missingFrom(connection, schema + ".meeting");
        }
    }
}
