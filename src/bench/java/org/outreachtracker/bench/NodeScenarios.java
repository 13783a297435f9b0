package org.outreachtracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Scenario n: two nodes (the production jar, twice) on the PostgreSQL data set behind HAProxy
 * ({@code config/haproxy.cfg}), all started on free ports and stopped after. First the users
 * one node holds against the users two nodes hold (scenario e's levels, each measured in the
 * same run); then a node killed with SIGKILL while desk officers log meetings; then the database
 * stopped for {@link #OUTAGE} under the same load. Every figure is of this run.
 */
final class NodeScenarios {

    static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);
    static final Duration OUTAGE = Duration.ofSeconds(30);
    static final Duration BEFORE = Duration.ofSeconds(60);
    static final Duration AFTER = Duration.ofSeconds(60);
    static final int FAILURE_USERS = 100;
    static final Duration FAILURE_THINK = Duration.ofSeconds(2);
    static final List<String> TRY_AGAIN = List.of(
            "The database cannot be reached just now",
            "Please try again in a minute",
            "cannot reach its database just now");

    private final Results results;
    private final BenchPeople people;
    private final BenchDataParameters data;
    private final Path output;
    private final SessionScenarios sessions;

    NodeScenarios(
            Results results, BenchPeople people, BenchDataParameters data, Path output, SessionScenarios sessions) {
        this.results = results;
        this.people = people;
        this.data = data;
        this.output = output;
        this.sessions = sessions;
    }

    void run(Path jar, String heap, List<Integer> levels, double think, int ramp, int measure) throws Exception {
        List<String> launch = List.of(
                ServerProcess.javaExecutable(), "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-jar", jar.toString());
        AppNode node1 = startNode("node1", launch, 0);
        AppNode node2 = startNode("node2", launch, 0);
        Balancer balancer = null;
        try {
            balancer = Balancer.start(Path.of(""), node1, node2, CHECK_INTERVAL, output.resolve("haproxy.log"));
            int one = sessions.concurrency(node1.base(), "n", "one node", levels, think, ramp, measure);
            int two = sessions.concurrency(
                    balancer.base(), "n", "two nodes behind HAProxy", levels, think, ramp, measure);
            results.add(new Results.Row(
                    "n",
                    "highest tested user count holding p95 ≤ 300 ms with no errors, two nodes against one",
                    Integer.toString(two),
                    "",
                    one + " (one node, same run)",
                    one == 0 ? "" : Results.ratio(two / (double) one),
                    "",
                    ""));
            nodeKilled(balancer, node1);
            node1 = startNode("node1", launch, node1.port());
            if (balancer.awaitState("node1", "UP", Duration.ofMinutes(1)) == null) {
                throw new IllegalStateException("The restarted node1 did not come back into the balancer");
            }
            databaseOutage(balancer, node1, node2);
        } finally {
            for (AutoCloseable running : new AutoCloseable[] {balancer, node1, node2}) {
                if (running != null) {
                    running.close();
                }
            }
        }
    }

    private AppNode startNode(String name, List<String> launch, int port) throws Exception {
        List<String> settings = new ArrayList<>(List.of(
                "--spring.config.location=classpath:/",
                "--outreach.demo.enabled=false",
                "--outreach.data-dir=" + output.resolve("data-" + name)));
        settings.addAll(data.databaseArguments());
        return AppNode.start(
                name, launch, settings, output.resolve("server-n-" + name + ".log"), Duration.ofMinutes(5), port);
    }

    private DeskOfficers officers(URI base) {
        List<DeskOfficers.Desk> desks = new ArrayList<>();
        for (int i = 0; i < FAILURE_USERS; i++) {
            BenchPeople.Officer officer =
                    people.officers().get(i % people.officers().size());
            long campaign =
                    people.activeCampaigns().get(i % people.activeCampaigns().size());
            desks.add(new DeskOfficers.Desk(
                    officer.username(), BenchDataGenerator.PASSWORD, campaign, officer.deskCountryCodes()));
        }
        return DeskOfficers.start(base, desks, FAILURE_THINK, TRY_AGAIN);
    }

    private void nodeKilled(Balancer balancer, AppNode node1) throws Exception {
        DeskOfficers users = officers(balancer.base());
        long killedAt;
        Duration takenOut;
        int exit;
        try {
            Thread.sleep(BEFORE.toMillis());
            killedAt = System.nanoTime();
            exit = node1.kill();
            takenOut = balancer.awaitState("node1", "DOWN", Duration.ofSeconds(30));
            Thread.sleep(AFTER.toMillis());
        } finally {
            users.stop();
        }
        Map<String, String> nodeOf = nodesBefore(users, killedAt);
        List<DeskOfficers.Failure> failures = users.failures();
        long otherErrors = failures.stream()
                .filter(f -> "node2".equals(nodeOf.get(f.user())))
                .count();
        long lostNodeUsers = nodeOf.values().stream().filter("node1"::equals).count();
        long recovered = users.lastFirstSaveAfter(u -> "node1".equals(nodeOf.get(u)), killedAt);
        long notBack = nodeOf.entrySet().stream()
                .filter(e -> e.getValue().equals("node1"))
                .filter(e -> users.savesAfter(killedAt).stream()
                        .noneMatch(s -> s.user().equals(e.getKey())))
                .count();
        Set<Long> lost = lostSaves(users);
        String load = FAILURE_USERS + " desk officers, " + FAILURE_THINK.toSeconds() + " s mean think time";
        results.add(new Results.Row(
                "n",
                "node killed with SIGKILL (exit " + exit + ") under load (" + load + "): taken out by HAProxy after",
                takenOut == null ? "not within 30 s" : takenOut.toMillis() + " ms",
                "",
                "",
                "",
                "≤ 2 checks (" + CHECK_INTERVAL.multipliedBy(2).toMillis() + " ms) + the check's timeout",
                takenOut != null
                                && takenOut.compareTo(
                                                CHECK_INTERVAL.multipliedBy(2).plusSeconds(2))
                                        <= 0
                        ? "yes"
                        : "**no**"));
        results.add(new Results.Row(
                "n",
                "node killed: errors seen by the " + (nodeOf.size() - lostNodeUsers) + " users of the other node",
                Long.toString(otherErrors),
                "",
                "",
                "",
                "0",
                otherErrors == 0 ? "yes" : "**no**"));
        results.add(new Results.Row(
                "n",
                "node killed: the " + lostNodeUsers + " users of the lost node saving again on the other after"
                        + " (failures they saw: " + (failures.size() - otherErrors) + "; not back: " + notBack + ")",
                TimeUnit.NANOSECONDS.toMillis(recovered - killedAt) + " ms",
                "",
                "",
                "",
                "all back",
                notBack == 0 ? "yes" : "**no**"));
        results.add(lostRow("node killed", users.saves().size(), lost));
        results.detail("Scenario n, node killed: the failures seen (" + failures.size() + "), by kind: "
                + kinds(failures) + ".");
    }

    private void databaseOutage(Balancer balancer, AppNode node1, AppNode node2) throws Exception {
        var database = PostgresControl.fromEnvironment();
        if (database.isEmpty()) {
            results.detail("Scenario n, database outage: not run; it needs the server's pg_ctl command in "
                    + PostgresControl.VARIABLE + " (.ci/postgres's ci_pg_start sets it).");
            return;
        }
        long pid1 = node1.pid();
        long pid2 = node2.pid();
        DeskOfficers users = officers(balancer.base());
        long stoppedAt;
        long startedAt;
        long[] notReadyAfter = {-1, -1};
        int status = 0;
        String page = "";
        Duration ready;
        Duration inBalancer;
        try {
            Thread.sleep(BEFORE.toMillis());
            stoppedAt = System.nanoTime();
            database.get().stop();
            long until = stoppedAt + OUTAGE.toNanos();
            while (System.nanoTime() < until) {
                AppNode[] nodes = {node1, node2};
                for (int i = 0; i < 2; i++) {
                    if (notReadyAfter[i] < 0 && nodes[i].readiness() != 200) {
                        notReadyAfter[i] = System.nanoTime() - stoppedAt;
                    }
                }
                if (status == 0 && notReadyAfter[0] >= 0 && notReadyAfter[1] >= 0) {
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
                Thread.sleep(250);
            }
            startedAt = System.nanoTime();
            database.get().start(Duration.ofMinutes(2));
            ready = AppNode.awaitReady(Duration.ofMinutes(3), node1, node2);
            inBalancer = balancer.awaitState("node1", "UP", Duration.ofMinutes(1));
            balancer.awaitState("node2", "UP", Duration.ofMinutes(1));
            Thread.sleep(AFTER.toMillis());
        } finally {
            users.stop();
        }
        long recoveredAt = startedAt + (ready == null ? 0 : ready.toNanos());
        List<DeskOfficers.Failure> failures = users.failures();
        long before = failures.stream().filter(f -> f.at() < stoppedAt).count();
        List<DeskOfficers.Failure> unclear = failures.stream()
                .filter(f -> !f.what().contains("HTTP 503")
                        && TRY_AGAIN.stream().noneMatch(told -> f.what().contains(told)))
                .toList();
        long savesAfter = users.savesAfter(recoveredAt).size();
        boolean sameProcesses = node1.pid() == pid1 && node2.pid() == pid2 && node1.isAlive() && node2.isAlive();
        Set<Long> lost = lostSaves(users);
        results.add(new Results.Row(
                "n",
                "database stopped for " + OUTAGE.toSeconds() + " s under load (" + FAILURE_USERS
                        + " desk officers): both nodes report not ready after",
                notReadyAfter[0] < 0 || notReadyAfter[1] < 0
                        ? "not both"
                        : TimeUnit.NANOSECONDS.toMillis(Math.max(notReadyAfter[0], notReadyAfter[1])) + " ms",
                "",
                "",
                "",
                "not ready meanwhile",
                notReadyAfter[0] >= 0 && notReadyAfter[1] >= 0 ? "yes" : "**no**"));
        results.add(new Results.Row(
                "n",
                "database stopped: what a user opening the application gets meanwhile",
                "HTTP " + status,
                "",
                "",
                "",
                "a \"try again\" page",
                status == 503 && page.contains("Please try again in a minute") ? "yes" : "**no**"));
        results.add(new Results.Row(
                "n",
                "database stopped: failures shown to users (" + failures.size() + ", " + before
                        + " before the outage) that do not say \"try again\"",
                Integer.toString(unclear.size()),
                "",
                "",
                "",
                "0",
                unclear.isEmpty() && before == 0 ? "yes" : "**no**"));
        results.add(new Results.Row(
                "n",
                "database back: both nodes ready again after (same processes: " + (sameProcesses ? "yes" : "no")
                        + "; in HAProxy after " + (inBalancer == null ? "-" : inBalancer.toMillis() + " ms")
                        + "; " + savesAfter + " saves in the " + AFTER.toSeconds() + " s after)",
                ready == null ? "not within 3 min" : ready.toMillis() + " ms",
                "",
                "",
                "",
                "without a restart",
                ready != null && sameProcesses && savesAfter > 0 ? "yes" : "**no**"));
        results.add(lostRow("database stopped", users.saves().size(), lost));
        results.detail("Scenario n, database outage: the failures seen (" + failures.size() + "), by kind: "
                + kinds(failures) + (unclear.isEmpty() ? "" : "; not saying \"try again\": " + kinds(unclear)) + ".");
    }

    private static Results.Row lostRow(String what, int confirmed, Set<Long> lost) {
        return new Results.Row(
                "n",
                what + ": confirmed saves missing from the database afterwards (of " + confirmed + ")",
                Integer.toString(lost.size()),
                "",
                "",
                "",
                "0",
                lost.isEmpty() && confirmed > 0 ? "yes" : "**no**");
    }

    /** Each user's node at their latest save before {@code at}. */
    private static Map<String, String> nodesBefore(DeskOfficers users, long at) {
        Map<String, String> nodes = new java.util.LinkedHashMap<>();
        users.saves().stream().filter(s -> s.at() < at).forEach(s -> nodes.put(s.user(), s.node()));
        return nodes;
    }

    /** The failures' texts without their varying parts (ids, query strings), counted. */
    private static String kinds(List<DeskOfficers.Failure> failures) {
        Map<String, Long> counted = new java.util.TreeMap<>();
        failures.forEach(f -> counted.merge(f.what().replaceAll("\\?.*", "").replaceAll("\\d+", "#"), 1L, Long::sum));
        return counted.isEmpty() ? "none" : counted.toString();
    }

    private Set<Long> lostSaves(DeskOfficers users) throws Exception {
        try (Connection connection = BenchDataGenerator.connect(data)) {
            return users.missingFrom(connection, "meeting");
        }
    }

    static String describe() {
        return String.format(
                Locale.ROOT,
                "two nodes behind HAProxy, checks every %d ms; failure runs with %d desk officers, %d s before and"
                        + " %d s after each event; database stopped for %d s",
                CHECK_INTERVAL.toMillis(),
                FAILURE_USERS,
                BEFORE.toSeconds(),
                AFTER.toSeconds(),
                OUTAGE.toSeconds());
    }
}
