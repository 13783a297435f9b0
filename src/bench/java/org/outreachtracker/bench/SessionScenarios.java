package org.outreachtracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Scenarios d (memory per session) and e (concurrent users), over HTTP against the production
 * jar running as its own process, with {@link FlowClient}s that speak Vaadin's protocol as a
 * browser does.
 */
final class SessionScenarios {

    private final Results results;
    private final BenchPeople people;
    private final Path outputDirectory;

    SessionScenarios(Results results, BenchPeople people, Path outputDirectory) {
        this.results = results;
        this.people = people;
        this.outputDirectory = outputDirectory;
    }

    // ------------------------------------------------------------------ d. memory per session

    /**
     * H2's page cache on the server of scenario d, in KB (the application's default is 256 MB).
     * With the default, the cache is full (by H2's own estimate of its pages' sizes) once a few
     * views have been read, and the heap it really takes swings by tens of megabytes with the mix
     * of pages it holds (pages of meeting rows, whose summaries H2 overestimates, against index
     * pages): more than 200 sessions hold. A session's own objects do not depend on the cache, so d
     * measures them with a cache too small to swing (docs/performance.md).
     */
    static final int MEMORY_SERVER_CACHE_KB = 1024;

    /** The database setting of scenario d's server: the application's URL with a small page cache. */
    static String memoryServerDatabase(BenchDataParameters data) {
        return "--spring.datasource.url=" + data.jdbcUrl() + ";WRITE_DELAY=0;CACHE_SIZE=" + MEMORY_SERVER_CACHE_KB;
    }

    /**
     * Memory per signed-in session, for each kind in turn (managers with the dashboard open, then
     * desk officers with the meetings list open, its first page loaded): the live heap after a
     * full GC before the batch, with its {@code sessions} sessions open, and after they all signed
     * out. What the sessions hold is what their signing out gives back; the growth from before the
     * batch also counts what the server keeps when they are gone (H2's page cache fills as their
     * views read pages, and stays), and is reported beside it.
     */
    void memory(ServerProcess server, int sessions, boolean h2) throws Exception {
        HttpClient http = FlowClient.newHttpClient();
        FlowClient.Recorder ignore = (what, nanos, ok) -> {};
        // Warm-up (classes, caches, the database's page cache): each user measured below opens the
        // same view once first, so that what the measured sessions read is cached already. These
        // sessions sign out again.
        int[] failed = new int[2];
        List<FlowClient> warmUp = new ArrayList<>();
        warmUp.addAll(openMany(sessions, i -> dashboardSession(http, server, manager(i), ignore), failed, 0));
        warmUp.addAll(openMany(sessions, i -> meetingsSession(http, server, officer(i), ignore), failed, 1));
        signOutAll(warmUp);
        long start = stableLiveHeap(server, "d-0-start");
        Batch dashboards =
                batch(server, "dashboards", sessions, i -> dashboardSession(http, server, manager(i), ignore));
        Batch lists = batch(server, "meetings-lists", sessions, i -> meetingsSession(http, server, officer(i), ignore));
        report("dashboard open", dashboards);
        report("meetings list open (first page loaded)", lists);
        results.detail(String.format(
                Locale.ROOT,
                "Scenario d, on a server "
                        + (h2
                                ? "with H2's page cache at " + MEMORY_SERVER_CACHE_KB
                                        + " KB (see SessionScenarios.MEMORY_SERVER_CACHE_KB)"
                                : "on PostgreSQL")
                        + ": live heap after a full GC (jcmd GC.class_histogram):"
                        + " %.1f MB after the warm-up; %.1f MB before the dashboard sessions, %.1f MB with %d of them"
                        + " open, %.1f MB after they signed out; %.1f MB with %d meetings-list sessions open, %.1f MB after"
                        + " they signed out. Histograms are written to %s.",
                start / 1e6,
                dashboards.before() / 1e6,
                dashboards.open() / 1e6,
                dashboards.opened(),
                dashboards.closed() / 1e6,
                lists.open() / 1e6,
                lists.opened(),
                lists.closed() / 1e6,
                outputDirectory));
        for (Batch batch : List.of(dashboards, lists)) {
            results.detail(histogramGrowth(
                    "What one session holds (" + batch.name() + "): live bytes given back"
                            + " when the sessions signed out, per session",
                    outputDirectory.resolve("histogram-d-" + batch.name() + "-closed.txt"),
                    outputDirectory.resolve("histogram-d-" + batch.name() + "-open.txt"),
                    batch.opened()));
        }
    }

    /** One kind of session: the live heap before, with the sessions open, and after they signed out. */
    record Batch(String name, int opened, int failed, long before, long open, long closed) {}

    private Batch batch(ServerProcess server, String name, int sessions, SessionOpener opener) throws Exception {
        int[] failed = new int[1];
        long before = stableLiveHeap(server, "d-" + name + "-before");
        List<FlowClient> clients = openMany(sessions, opener, failed, 0);
        long open = stableLiveHeap(server, "d-" + name + "-open");
        signOutAll(clients);
        long closed = stableLiveHeap(server, "d-" + name + "-closed");
        return new Batch(name, clients.size(), failed[0], before, open, closed);
    }

    private String manager(int i) {
        return people.managers().get((10 + i) % people.managers().size());
    }

    private String officer(int i) {
        return people.officers().get((10 + i) % people.officers().size()).username();
    }

    private static void signOutAll(List<FlowClient> clients) {
        long notSignedOut =
                clients.parallelStream().filter(client -> !client.signOut()).count();
        if (notSignedOut > 0) {
            throw new FlowClient.FlowException(notSignedOut + " sessions showed no \"Sign out\" button");
        }
    }

    private void report(String what, Batch batch) {
        if (batch.opened() == 0) {
            results.add(new Results.Row(
                    "d",
                    "memory per session, " + what,
                    "FAILED",
                    "",
                    "",
                    "",
                    "≤ 300 KB",
                    "**failed**: no session could be opened"));
            return;
        }
        double kb = (batch.open() - batch.closed()) / 1024.0 / batch.opened();
        double grownKb = (batch.open() - batch.before()) / 1024.0 / batch.opened();
        double perGib = (1024.0 * 1024.0) / kb;
        results.add(new Results.Row(
                "d",
                "memory per session, " + what + " (" + batch.opened() + " sessions"
                        + (batch.failed() > 0 ? ", " + batch.failed() + " failed" : "") + "): given back at sign-out",
                String.format(Locale.ROOT, "%.0f KB", kb),
                "",
                String.format(Locale.ROOT, "%.0f KB (growth while open)", grownKb),
                String.format(Locale.ROOT, "%.0f sessions per GiB", perGib),
                "≤ 300 KB per session",
                kb <= 300 && grownKb <= 300 && batch.failed() == 0 ? "yes" : "**no**"));
    }

    private FlowClient dashboardSession(
            HttpClient http, ServerProcess server, String manager, FlowClient.Recorder recorder) {
        var client = new FlowClient(http, server.base(), recorder);
        client.signIn(manager, BenchDataGenerator.PASSWORD);
        client.open("dashboard", "");
        client.require("dashboard figures", n -> n.classes.contains("figures"));
        client.require("dashboard chart", n -> n.classes.contains("chart-drawing"));
        return client;
    }

    private FlowClient meetingsSession(
            HttpClient http, ServerProcess server, String officer, FlowClient.Recorder recorder) {
        var client = new FlowClient(http, server.base(), recorder);
        client.signIn(officer, BenchDataGenerator.PASSWORD);
        client.open("meetings", "");
        if (client.itemsOf(client.grid()).isEmpty()) {
            throw new FlowClient.FlowException("The meetings list showed no rows");
        }
        return client;
    }

    interface SessionOpener {
        FlowClient open(int index) throws Exception;
    }

    private List<FlowClient> openMany(int count, SessionOpener opener, int[] failed, int slot) throws Exception {
        List<FlowClient> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        try {
                            opened.add(opener.open(i));
                        } catch (Exception | AssertionError e) {
                            if (failures.incrementAndGet() <= 3) {
                                System.out.println("bench: session " + i + " failed: " + e);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        failed[slot] = failures.get();
        return opened;
    }

    /** Live heap after a full GC, taken twice (the second reading is used; finalisation settles). */
    private long stableLiveHeap(ServerProcess server, String name) throws Exception {
        server.liveHeapBytes(outputDirectory.resolve("histogram-" + name + "-first.txt"));
        Thread.sleep(2_000);
        return server.liveHeapBytes(outputDirectory.resolve("histogram-" + name + ".txt"));
    }

    /** The classes whose live bytes differ most between two histograms, per session. */
    static String histogramGrowth(String title, Path before, Path after, int sessions) throws Exception {
        Map<String, long[]> first = histogram(before);
        Map<String, long[]> second = histogram(after);
        List<Map.Entry<String, Long>> growth = new ArrayList<>();
        second.forEach((name, figures) ->
                growth.add(Map.entry(name, figures[1] - first.getOrDefault(name, new long[2])[1])));
        growth.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        var text = new StringBuilder(title + ":\n\n| class | bytes per session |\n|---|---|\n");
        growth.stream()
                .limit(12)
                .forEach(entry -> text.append("| ")
                        .append(entry.getKey())
                        .append(" | ")
                        .append(entry.getValue() / sessions)
                        .append(" |\n"));
        return text.toString();
    }

    private static Map<String, long[]> histogram(Path file) throws Exception {
        Map<String, long[]> result = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                result.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return result;
    }

    // ------------------------------------------------------------------ e. concurrent users

    /** Scenario e's unmeasured warm-up round: at most this many users, for this long after the ramp-up. */
    static final int WARM_UP_USERS = 50;

    static final int WARM_UP_SECONDS = 60;

    record Sample(long startedAt, long nanos, boolean ok, String what) {}

    record Level(
            int users,
            int requests,
            Stats stats,
            int errors,
            int meetingsLogged,
            double perSecond,
            Map<String, Stats> byKind) {

        boolean holds() {
            return stats.p95() <= 300 && errors == 0;
        }
    }

    /**
     * Runs the levels in order: each simulated user (a desk officer) signs in, then loops: opens
     * the meetings list, scrolls to a random page, opens a meeting from it, opens the form to log a
     * meeting for a desk country, fills it field by field and saves; with think time between
     * actions. Users start over a ramp-up; requests are counted from the end of the ramp-up to the
     * end of the level. An unmeasured warm-up round comes first. Levels above 200 stop at the first
     * that misses the bound.
     */
    int concurrency(
            URI base,
            String scenario,
            String where,
            List<Integer> levels,
            double thinkSeconds,
            int rampSeconds,
            int measureSeconds)
            throws Exception {
        // The server has just started: one unmeasured round at a moderate load comes first (classes
        // loaded, code compiled, H2's page cache filled), so that the first level meets a warm
        // server as the later ones do. Its users are not among the levels' users.
        int warmUsers = Math.min(WARM_UP_USERS, levels.getFirst());
        Level warm = level(
                base,
                warmUsers,
                levels.stream().mapToInt(Integer::intValue).sum(),
                thinkSeconds,
                rampSeconds,
                WARM_UP_SECONDS);
        results.detail(String.format(
                Locale.ROOT,
                "Scenario " + scenario + in(where) + ": a warm-up round before the levels, not counted:"
                        + " %d users for %d s after a %d s ramp-up (%d requests, p50 %s, p95 %s, %d errors).",
                warmUsers,
                WARM_UP_SECONDS,
                rampSeconds,
                warm.requests(),
                Stats.ms(warm.stats().median()),
                Stats.ms(warm.stats().p95()),
                warm.errors()));
        List<Level> done = new ArrayList<>();
        int userOffset = 0;
        for (int users : levels) {
            Level level = level(base, users, userOffset, thinkSeconds, rampSeconds, measureSeconds);
            userOffset += users;
            done.add(level);
            System.out.printf(
                    Locale.ROOT,
                    "bench: %s%s %d users: %d requests, p50 %s, p95 %s, %d errors, %d meetings logged%n",
                    scenario,
                    in(where),
                    users,
                    level.requests(),
                    Stats.ms(level.stats().median()),
                    Stats.ms(level.stats().p95()),
                    level.errors(),
                    level.meetingsLogged());
            if (users > 200 && !level.holds()) {
                break;
            }
        }
        int highest =
                done.stream().filter(Level::holds).mapToInt(Level::users).max().orElse(0);
        for (Level level : done) {
            boolean target = level.users() == 200;
            results.add(new Results.Row(
                    scenario,
                    prefix(where) + level.users() + " concurrent users (" + level.requests() + " requests, "
                            + String.format(Locale.ROOT, "%.1f", level.perSecond()) + " per s, " + level.errors()
                            + " errors, "
                            + level.meetingsLogged() + " meetings logged)",
                    Stats.ms(level.stats().median()),
                    Stats.ms(level.stats().p95()),
                    "",
                    "",
                    target ? "p95 ≤ 300 ms, no errors at 200" : "",
                    target ? (level.holds() ? "yes" : "**no**") : (level.holds() ? "(holds)" : "(misses)")));
        }
        results.add(new Results.Row(
                scenario,
                prefix(where) + "highest tested user count that holds p95 ≤ 300 ms with no errors",
                highest == 0 ? "none" : Integer.toString(highest),
                "",
                "",
                "",
                "≥ 200",
                highest >= 200 ? "yes" : "**no**"));
        var text = new StringBuilder("Scenario " + scenario + in(where) + ", slowest request kinds (p95) per level:\n\n"
                + "| users | request | count | p50 | p95 |\n|---|---|---|---|---|\n");
        for (Level level : done) {
            level.byKind().entrySet().stream()
                    .sorted(Comparator.comparingDouble(
                                    (Map.Entry<String, Stats> e) -> e.getValue().p95())
                            .reversed())
                    .limit(6)
                    .forEach(e -> text.append("| ")
                            .append(level.users())
                            .append(" | ")
                            .append(e.getKey())
                            .append(" | ")
                            .append(e.getValue().count())
                            .append(" | ")
                            .append(Stats.ms(e.getValue().median()))
                            .append(" | ")
                            .append(Stats.ms(e.getValue().p95()))
                            .append(" |\n"));
        }
        results.detail(text.toString());
        return highest;
    }

    private static String in(String where) {
        return where.isEmpty() ? "" : " (" + where + ")";
    }

    private static String prefix(String where) {
        return where.isEmpty() ? "" : where + ": ";
    }

    private Level level(URI base, int users, int userOffset, double think, int rampSeconds, int measureSeconds)
            throws Exception {
        HttpClient http = FlowClient.newHttpClient();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger logged = new AtomicInteger();
        AtomicLong firstError = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(rampSeconds);
        long stopAt = measureFrom + TimeUnit.SECONDS.toNanos(measureSeconds);
        FlowClient.Recorder recorder = (what, nanos, ok) -> {
            long startedAt = System.nanoTime() - nanos;
            if (startedAt >= measureFrom && startedAt < stopAt) {
                samples.add(new Sample(startedAt, nanos, ok, kind(what)));
            }
        };
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                BenchPeople.Officer officer = people.officers()
                        .get((userOffset + u) % people.officers().size());
                long delay = TimeUnit.SECONDS.toNanos(rampSeconds) * u / users;
                threads.submit(() -> {
                    sleepUntil(start + delay);
                    FlowClient client = null;
                    while (System.nanoTime() < stopAt) {
                        try {
                            if (client == null) {
                                client = new FlowClient(http, base, recorder);
                                client.signIn(officer.username(), BenchDataGenerator.PASSWORD);
                            }
                            journey(client, officer, people.activeCampaigns(), think, stopAt, logged);
                        } catch (RuntimeException e) {
                            if (System.nanoTime() >= measureFrom && System.nanoTime() < stopAt) {
                                if (errors.incrementAndGet() <= 5) {
                                    System.out.println("bench: e user " + officer.username() + ": " + e);
                                }
                                firstError.compareAndSet(0, System.nanoTime());
                            }
                            client = null;
                            pause(think, stopAt);
                        }
                    }
                    if (client != null) {
                        try {
                            client.signOut();
                        } catch (RuntimeException ignored) {
                            // signing out after the measurement does not count
                        }
                    }
                    return null;
                });
            }
        }
        List<Sample> window = new ArrayList<>(samples);
        int failedRequests = (int) window.stream().filter(s -> !s.ok()).count();
        Map<String, List<Long>> byKind = new HashMap<>();
        window.forEach(
                s -> byKind.computeIfAbsent(s.what(), k -> new ArrayList<>()).add(s.nanos()));
        Map<String, Stats> kindStats = new HashMap<>();
        byKind.forEach((k, v) -> kindStats.put(k, Stats.ofNanos(v)));
        return new Level(
                users,
                window.size(),
                Stats.ofNanos(window.stream().map(Sample::nanos).toList()),
                errors.get() + failedRequests,
                logged.get(),
                window.size() / (double) measureSeconds,
                kindStats);
    }

    /** One round of a desk officer's work: list, page, a meeting, and logging a new one. */
    private static void journey(
            FlowClient client,
            BenchPeople.Officer officer,
            List<Long> campaigns,
            double think,
            long stopAt,
            AtomicInteger logged) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        client.open("meetings", "");
        FlowClient.Node grid = client.grid();
        int size = client.sizeOf(grid);
        if (!pause(think, stopAt) || size <= 0) {
            return;
        }
        int page = random.nextInt(Math.max(1, size / 50));
        List<JsonNode> rows = client.scrollGrid(grid, page * 50, 100, "scroll meetings");
        if (rows.isEmpty()) {
            throw new FlowClient.FlowException("Scrolling to row " + page * 50 + " of " + size + " returned no rows");
        }
        if (!pause(think, stopAt)) {
            return;
        }
        client.clickRow(grid, rows.get(random.nextInt(rows.size())).get("key").asString(), "open meeting");
        if (!client.location().matches("meetings/\\d+")) {
            throw new FlowClient.FlowException("Clicking a row did not open a meeting: " + client.location());
        }
        if (!pause(think, stopAt)) {
            return;
        }
        String country = officer.deskCountryCodes()
                .get(random.nextInt(officer.deskCountryCodes().size()));
        long campaign = campaigns.get(random.nextInt(campaigns.size()));
        client.open("meetings/new", "campaign=" + campaign + "&country=" + country);
        MeetingForm.fillAndSave(client, () -> pause(think * 0.4, stopAt), random);
        logged.incrementAndGet();
        pause(think, stopAt);
    }

    /** Think time: uniform between half and one and a half times the mean; false when the level is over. */
    private static boolean pause(double meanSeconds, long stopAt) {
        long nanos =
                (long) (meanSeconds * 1e9 * (0.5 + ThreadLocalRandom.current().nextDouble()));
        long until = Math.min(stopAt, System.nanoTime() + nanos);
        sleepUntil(until);
        return System.nanoTime() < stopAt;
    }

    private static void sleepUntil(long nanoTime) {
        long remaining = nanoTime - System.nanoTime();
        if (remaining > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(remaining);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Request kinds for the detail table: "data open meeting" and "open meeting" stay apart. */
    private static String kind(String what) {
        return what.toLowerCase(Locale.ROOT);
    }
}
