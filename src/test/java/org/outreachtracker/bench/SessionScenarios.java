package org.outreachtracker.bench;

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
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Scenarios d (memory per session) and e (concurrent users), over HTTP against the production
 * jar running as its own process, with {@link FlowClient}s that speak Vaadin's protocol as a
 * browser does.
 */
final class SessionScenarios {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

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
     * Opens {@code sessions} signed-in manager sessions with the dashboard open, then as many
     * desk officer sessions with the meetings list open (its first page loaded), and measures the
     * live heap after a full GC before and after each batch. The sessions stay open (nobody signs
     * out) while the heap is measured.
     */
    void memory(ServerProcess server, int sessions) throws Exception {
        HttpClient http = FlowClient.newHttpClient();
        FlowClient.Recorder ignore = (what, nanos, ok) -> {
        };
        List<FlowClient> open = new ArrayList<>();
        // Warm-up (classes, caches, the database's page cache): these sessions stay open and are
        // part of the baseline.
        for (int i = 0; i < 10; i++) {
            open.add(dashboardSession(http, server, people.managers().get(i % people.managers().size()), ignore));
            open.add(meetingsSession(http, server, people.officers().get(i % people.officers().size()).username(),
                    ignore));
        }
        // The database's page cache (H2's, 256 MB) fills as pages are read: each user measured
        // below opens the same view once first, so that the pages their sessions read are cached
        // in the baseline and what the measured sessions add to the heap is theirs. These sessions
        // stay open too and are part of the baseline.
        int[] failed = new int[2];
        open.addAll(openMany(sessions, i -> dashboardSession(http, server,
                people.managers().get((10 + i) % people.managers().size()), ignore), failed, 0));
        open.addAll(openMany(sessions, i -> meetingsSession(http, server,
                people.officers().get((10 + i) % people.officers().size()).username(), ignore), failed, 1));
        long before = stableLiveHeap(server, "d-0-baseline");
        List<FlowClient> dashboards = openMany(sessions, i -> dashboardSession(http, server,
                people.managers().get((10 + i) % people.managers().size()), ignore), failed, 0);
        long afterDashboards = stableLiveHeap(server, "d-1-dashboards");
        List<FlowClient> lists = openMany(sessions, i -> meetingsSession(http, server,
                people.officers().get((10 + i) % people.officers().size()).username(), ignore), failed, 1);
        long afterLists = stableLiveHeap(server, "d-2-meetings-lists");
        report("dashboard open", dashboards.size(), failed[0], afterDashboards - before);
        report("meetings list open (first page loaded)", lists.size(), failed[1], afterLists - afterDashboards);
        results.detail(String.format(Locale.ROOT, "Scenario d: live heap after a full GC (jcmd GC.class_histogram):"
                + " %.1f MB with the warm-up sessions (20, and one of each measured user's),"
                + " %.1f MB after %d dashboard sessions, %.1f MB after %d"
                + " meetings-list sessions. Histograms in %s.", before / 1e6, afterDashboards / 1e6,
                dashboards.size(), afterLists / 1e6, lists.size(), outputDirectory));
        results.detail(histogramGrowth(outputDirectory.resolve("histogram-d-0-baseline.txt"),
                outputDirectory.resolve("histogram-d-2-meetings-lists.txt"), 2 * sessions));
        open.addAll(dashboards);
        open.addAll(lists);
    }

    private void report(String what, int opened, int failed, long bytes) {
        if (opened == 0) {
            results.add(new Results.Row("d", "memory per session, " + what, "FAILED", "", "", "", "≤ 300 KB",
                    "**failed**: no session could be opened"));
            return;
        }
        double kb = bytes / 1024.0 / opened;
        double perGib = (1024.0 * 1024.0) / kb;
        results.add(new Results.Row("d", "memory per session, " + what + " (" + opened + " sessions"
                + (failed > 0 ? ", " + failed + " failed" : "") + ")",
                String.format(Locale.ROOT, "%.0f KB", kb), "",
                "", String.format(Locale.ROOT, "%.0f sessions per GiB", perGib), "≤ 300 KB per session",
                kb <= 300 && failed == 0 ? "yes" : "**no**"));
    }

    private FlowClient dashboardSession(HttpClient http, ServerProcess server, String manager,
            FlowClient.Recorder recorder) {
        var client = new FlowClient(http, server.base(), recorder);
        client.signIn(manager, BenchDataGenerator.PASSWORD);
        client.open("dashboard", "");
        client.require("dashboard figures", n -> n.classes.contains("figures"));
        client.require("dashboard chart", n -> n.classes.contains("chart-drawing"));
        return client;
    }

    private FlowClient meetingsSession(HttpClient http, ServerProcess server, String officer,
            FlowClient.Recorder recorder) {
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

    /** The classes whose live bytes grew most between two histograms, per session. */
    static String histogramGrowth(Path before, Path after, int sessions) throws Exception {
        Map<String, long[]> first = histogram(before);
        Map<String, long[]> second = histogram(after);
        List<Map.Entry<String, Long>> growth = new ArrayList<>();
        second.forEach((name, figures) -> growth.add(Map.entry(name,
                figures[1] - first.getOrDefault(name, new long[2])[1])));
        growth.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        var text = new StringBuilder("Largest growth of live bytes per session (d, both kinds of session):\n\n"
                + "| class | bytes per session |\n|---|---|\n");
        growth.stream().limit(12).forEach(entry -> text.append("| ").append(entry.getKey()).append(" | ")
                .append(entry.getValue() / sessions).append(" |\n"));
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

    record Sample(long startedAt, long nanos, boolean ok, String what) {
    }

    record Level(int users, int requests, Stats stats, int errors, int meetingsLogged, double perSecond,
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
     * end of the level. Levels above 200 stop at the first that misses the bound.
     */
    void concurrency(ServerProcess server, List<Integer> levels, double thinkSeconds, int rampSeconds,
            int measureSeconds) throws Exception {
        List<Level> done = new ArrayList<>();
        int userOffset = 0;
        for (int users : levels) {
            Level level = level(server, users, userOffset, thinkSeconds, rampSeconds, measureSeconds);
            userOffset += users;
            done.add(level);
            System.out.printf(Locale.ROOT, "bench: e %d users: %d requests, p50 %s, p95 %s, %d errors, %d meetings"
                    + " logged%n", users, level.requests(), Stats.ms(level.stats().median()),
                    Stats.ms(level.stats().p95()), level.errors(), level.meetingsLogged());
            if (users > 200 && !level.holds()) {
                break;
            }
        }
        int highest = done.stream().filter(Level::holds).mapToInt(Level::users).max().orElse(0);
        for (Level level : done) {
            boolean target = level.users() == 200;
            results.add(new Results.Row("e", level.users() + " concurrent users (" + level.requests() + " requests, "
                    + String.format(Locale.ROOT, "%.1f", level.perSecond()) + " per s, " + level.errors() + " errors, "
                    + level.meetingsLogged() + " meetings logged)", Stats.ms(level.stats().median()),
                    Stats.ms(level.stats().p95()), "", "", target ? "p95 ≤ 300 ms, no errors at 200" : "",
                    target ? (level.holds() ? "yes" : "**no**") : (level.holds() ? "(holds)" : "(misses)")));
        }
        results.add(new Results.Row("e", "highest tested user count that holds p95 ≤ 300 ms with no errors",
                highest == 0 ? "none" : Integer.toString(highest), "", "", "", "≥ 200",
                highest >= 200 ? "yes" : "**no**"));
        var text = new StringBuilder("Scenario e, slowest request kinds (p95) per level:\n\n"
                + "| users | request | count | p50 | p95 |\n|---|---|---|---|---|\n");
        for (Level level : done) {
            level.byKind().entrySet().stream()
                    .sorted(Comparator.comparingDouble((Map.Entry<String, Stats> e) -> e.getValue().p95()).reversed())
                    .limit(6)
                    .forEach(e -> text.append("| ").append(level.users()).append(" | ").append(e.getKey())
                            .append(" | ").append(e.getValue().count()).append(" | ")
                            .append(Stats.ms(e.getValue().median())).append(" | ")
                            .append(Stats.ms(e.getValue().p95())).append(" |\n"));
        }
        results.detail(text.toString());
    }

    private Level level(ServerProcess server, int users, int userOffset, double think, int rampSeconds,
            int measureSeconds) throws Exception {
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
                BenchPeople.Officer officer = people.officers().get((userOffset + u) % people.officers().size());
                long delay = TimeUnit.SECONDS.toNanos(rampSeconds) * u / users;
                threads.submit(() -> {
                    sleepUntil(start + delay);
                    FlowClient client = null;
                    while (System.nanoTime() < stopAt) {
                        try {
                            if (client == null) {
                                client = new FlowClient(http, server.base(), recorder);
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
        window.forEach(s -> byKind.computeIfAbsent(s.what(), k -> new ArrayList<>()).add(s.nanos()));
        Map<String, Stats> kindStats = new HashMap<>();
        byKind.forEach((k, v) -> kindStats.put(k, Stats.ofNanos(v)));
        return new Level(users, window.size(), Stats.ofNanos(window.stream().map(Sample::nanos).toList()),
                errors.get() + failedRequests, logged.get(), window.size() / (double) measureSeconds, kindStats);
    }

    /** One round of a desk officer's work: list, page, a meeting, and logging a new one. */
    private static void journey(FlowClient client, BenchPeople.Officer officer, List<Long> campaigns, double think,
            long stopAt, AtomicInteger logged) {
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
        String country = officer.deskCountryCodes().get(random.nextInt(officer.deskCountryCodes().size()));
        long campaign = campaigns.get(random.nextInt(campaigns.size()));
        client.open("meetings/new", "campaign=" + campaign + "&country=" + country);
        logMeeting(client, think * 0.4, stopAt, random);
        if (client.location().matches("meetings/\\d+")) {
            logged.incrementAndGet();
        } else {
            throw new FlowClient.FlowException("Saving the meeting did not open it: " + client.location()
                    + whatTheFormSays(client));
        }
        pause(think, stopAt);
    }

    private static void logMeeting(FlowClient client, double think, long stopAt, ThreadLocalRandom random) {
        FlowClient.Node post = client.field("Post");
        if (post.property("value") == null || post.property("value").isEmpty()) {
            // No embassy or consulate covers the country (a mission does): the user picks a post.
            List<JsonNode> posts = client.openComboBox(post, "open posts");
            if (posts.isEmpty()) {
                throw new FlowClient.FlowException("No posts offered");
            }
            pause(think, stopAt);
            client.pick(post, "value", JSON.stringNode(posts.get(0).get("key").asString()), "value-changed",
                    "pick post");
        }
        FlowClient.Node counterparts = client.field("Counterparts met");
        List<JsonNode> people = client.openComboBox(counterparts, "open counterparts");
        if (people.isEmpty()) {
            throw new FlowClient.FlowException("No counterparts offered");
        }
        var chosen = JSON.arrayNode();
        chosen.add(people.get(random.nextInt(people.size())));
        pause(think, stopAt);
        client.pick(counterparts, "selectedItems", chosen, "change", "pick counterpart");
        pause(think, stopAt);
        FlowClient.Node deliveredBy = client.field("Delivered by");
        List<JsonNode> titles = client.openComboBox(deliveredBy, "open delivered by");
        pause(think, stopAt);
        client.pick(deliveredBy, "value", JSON.stringNode(titles.get(random.nextInt(titles.size())).get("key")
                .asString()), "value-changed", "pick delivered by");
        pause(think, stopAt);
        List<FlowClient.Node> points = client.findAll(n -> "vaadin-checkbox".equals(n.tag)
                && n.property("label") != null && n.property("label").matches("\\d+\\. .*"));
        if (points.isEmpty()) {
            throw new FlowClient.FlowException("The form shows no talking points (no campaign chosen?)");
        }
        int raised = 1 + random.nextInt(Math.min(2, points.size()));
        for (int i = 0; i < raised; i++) {
            FlowClient.Node point = points.get(points.size() - 1 - i);
            String number = point.property("label").substring(0, point.property("label").indexOf('.'));
            client.setProperty(point, "checked", JSON.booleanNode(true), "checked-changed", "tick point");
            pause(think, stopAt);
            FlowClient.Node reaction = client.field("Reaction to point " + number);
            client.setProperty(reaction, "value", JSON.stringNode(client.selectOption(reaction, "Receptive")),
                    "value-changed", "choose reaction");
            pause(think, stopAt);
        }
        FlowClient.Node response = client.field("Overall response");
        client.setProperty(response, "value", JSON.stringNode(client.selectOption(response, "Receptive")),
                "value-changed", "choose response");
        pause(think, stopAt);
        FlowClient.Node summary = client.field("Summary");
        String event = summary.listeners.containsKey("value-changed") ? "value-changed"
                : summary.listeners.containsKey("input") ? "input" : "change";
        client.setProperty(summary, "value", JSON.stringNode("Bench load test: the counterpart listened to our points"
                + " and asked for the briefing in writing. Post will follow up next week."), event, "type summary");
        pause(think, stopAt);
        client.click(client.button("Save meeting"), "save meeting");
    }

    /** The error messages of invalid fields and the open notifications, to say why a save failed. */
    private static String whatTheFormSays(FlowClient client) {
        List<String> messages = new java.util.ArrayList<>();
        for (FlowClient.Node node : client.findAll(n -> "true".equals(n.property("invalid")))) {
            messages.add(node.property("label") + ": " + node.property("errorMessage"));
        }
        for (FlowClient.Node node : client.findAll(n -> n.tag != null && n.tag.startsWith("vaadin-notification"))) {
            messages.add("notification: " + client.textOf(node).strip());
        }
        return messages.isEmpty() ? "" : " (" + String.join("; ", messages) + ")";
    }

    /** Think time: uniform between half and one and a half times the mean; false when the level is over. */
    private static boolean pause(double meanSeconds, long stopAt) {
        long nanos = (long) (meanSeconds * 1e9 * (0.5 + ThreadLocalRandom.current().nextDouble()));
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
