package org.outreachtracker.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario f: how long the production jar takes until it serves the login page, on the large
 * database and on an empty one (migrated, reference data, one administrator). Starts alternate
 * between the two so that a change in the machine's load hits both; one unmeasured start of
 * each comes first (it also warms the operating system's file cache).
 */
final class StartupScenario {

    private final Results results;

    StartupScenario(Results results) {
        this.results = results;
    }

    /** Starts alternately on the empty and the large data set; {@code *Database} are the settings that point at each. */
    void run(
            Path jar,
            Path largeData,
            String[] largeDatabase,
            Path emptyData,
            String[] emptyDatabase,
            String heap,
            int starts,
            Path logs)
            throws Exception {
        List<Long> large = new ArrayList<>();
        List<Long> empty = new ArrayList<>();
        for (int i = -1; i < starts; i++) {
            long emptyNanos = startOnce(jar, emptyData, emptyDatabase, heap, logs.resolve("server-f-empty.log"));
            long largeNanos = startOnce(jar, largeData, largeDatabase, heap, logs.resolve("server-f-large.log"));
            System.out.printf(
                    Locale.ROOT,
                    "bench: f start %d: empty %.1f s, large %.1f s%n",
                    i + 1,
                    emptyNanos / 1e9,
                    largeNanos / 1e9);
            if (i >= 0) {
                empty.add(emptyNanos);
                large.add(largeNanos);
            }
        }
        Stats emptyStats = Stats.ofNanos(empty);
        Stats largeStats = Stats.ofNanos(large);
        double ratio = largeStats.median() / emptyStats.median();
        results.add(new Results.Row(
                "f",
                "start-up until /login is served, large database (" + starts + " starts)",
                Stats.ms(largeStats.median()),
                Stats.ms(largeStats.p95()),
                Stats.ms(emptyStats.median()) + " (empty database)",
                Results.ratio(ratio),
                "ratio ≤ 1.2",
                ratio <= 1.2 ? "yes" : "**no**"));
        results.detail("Scenario f, every measured start (seconds): empty " + seconds(empty) + "; large "
                + seconds(large) + ".");
    }

    private static long startOnce(Path jar, Path data, String[] database, String heap, Path log) throws Exception {
        java.nio.file.Files.createDirectories(data);
        try (ServerProcess server = ServerProcess.start(jar, data, heap, log, database)) {
            return server.startupNanos();
        }
    }

    private static String seconds(List<Long> nanos) {
        return String.join(
                ", ",
                nanos.stream()
                        .map(n -> String.format(Locale.ROOT, "%.1f", n / 1e9))
                        .toList());
    }
}
