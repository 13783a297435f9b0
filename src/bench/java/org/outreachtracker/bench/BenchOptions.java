package org.outreachtracker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The harness's own options ({@code --name=value}); the data set's options are passed on to
 * {@link BenchDataParameters}. Nonsense is refused with a message saying what is accepted.
 */
record BenchOptions(
        Path jar,
        Set<Character> scenarios,
        int warmups,
        int runs,
        int baselineRuns,
        int sessions,
        List<Integer> levels,
        double thinkSeconds,
        int rampSeconds,
        int measureSeconds,
        int startups,
        String heap,
        Path output,
        boolean generateOnly,
        boolean probes,
        int indexWaitMinutes,
        List<String> dataArguments) {

    static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put(
                "scenarios",
                "which scenarios to run, letters from abcdefghn (e.g. abc or a,b,c); default abcdefgh;"
                        + " n (two nodes behind HAProxy, a node killed, the database stopped) with"
                        + " --database=postgres only");
        OPTIONS.put("runs", "measured calls per query measure (a, b, c), 10 to 10000; default 30");
        OPTIONS.put("warmups", "unmeasured calls before them, 0 to 1000; default 5");
        OPTIONS.put(
                "baseline-runs",
                "measured calls of each of h's baselines (the search before the index, which takes"
                        + " half a minute a call at ten million meetings), 3 to 10000; default as --runs");
        OPTIONS.put("sessions", "sessions of each kind for d, 1 to 5000; default 200");
        OPTIONS.put("levels", "simulated user counts for e, ascending, 1 to 5000 each; default 50,100,200,300,400");
        OPTIONS.put("think", "mean think time in seconds between a user's page actions (e), 0.1 to 600; default 10");
        OPTIONS.put("ramp", "seconds over which e's users start, 1 to 600; default 30");
        OPTIONS.put("measure", "seconds measured per level of e after the ramp-up, 10 to 3600; default 120");
        OPTIONS.put("startups", "measured starts per database for f, 1 to 50; default 5");
        OPTIONS.put("heap", "the server's heap for d, e and f (-Xms and -Xmx), e.g. 2g or 1536m; default 2g");
        OPTIONS.put(
                "index-wait",
                "minutes h waits, from start-up, for the search index to be filled in the background before"
                        + " it gives up (when the fill's rate says it would take longer), 1 to 1440; default 40");
        OPTIONS.put("out", "results file; default target/bench/results.md");
        OPTIONS.put("jar", "the production jar (set by the bench profile)");
        OPTIONS.put("generate-only", "only generate the data sets (give it without a value)");
        OPTIONS.put(
                "probes",
                "also run scenario w: the meetings list's H2 workarounds timed with and without each,"
                        + " in-process (give it without a value)");
    }

    static BenchOptions parse(List<String> args, Path workingDirectory) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> data = new ArrayList<>();
        boolean generateOnly = false;
        boolean probes = false;
        for (String arg : args) {
            if (arg == null || arg.isBlank()) {
                continue;
            }
            if (arg.equals("--generate-only")) {
                generateOnly = true;
                continue;
            }
            if (arg.equals("--probes")) {
                probes = true;
                continue;
            }
            String name = arg.startsWith("--") && arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : null;
            if (name != null && OPTIONS.containsKey(name)) {
                if (values.put(name, arg.substring(arg.indexOf('=') + 1).trim()) != null) {
                    throw BenchDataParameters.refused("--" + name + " is given twice.");
                }
            } else {
                data.add(arg);
            }
        }
        for (String flag : List.of("generate-only", "probes")) {
            if (values.containsKey(flag)) {
                throw BenchDataParameters.refused("--" + flag + " takes no value: give it as --" + flag + ".");
            }
        }
        Set<Character> scenarios = new LinkedHashSet<>();
        String letters = values.getOrDefault("scenarios", "abcdefgh")
                .replace(",", "")
                .replace(" ", "")
                .toLowerCase();
        if (letters.isEmpty()) {
            throw BenchDataParameters.refused("--scenarios needs at least one letter from abcdefghn.");
        }
        for (char letter : letters.toCharArray()) {
            if ("abcdefghn".indexOf(letter) < 0) {
                throw BenchDataParameters.refused("--scenarios=" + values.get("scenarios") + ": '" + letter
                        + "' is not a scenario; use letters from abcdefghn.");
            }
            scenarios.add(letter);
        }
        int runs = (int) BenchDataParameters.number(values, "runs", 30, 10, 10_000);
        int warmups = (int) BenchDataParameters.number(values, "warmups", 5, 0, 1_000);
        int baselineRuns = (int) BenchDataParameters.number(values, "baseline-runs", runs, 3, 10_000);
        int sessions = (int) BenchDataParameters.number(values, "sessions", 200, 1, 5_000);
        List<Integer> levels = levels(values.getOrDefault("levels", "50,100,200,300,400"));
        double think = decimal(values, "think", 10, 0.1, 600);
        int ramp = (int) BenchDataParameters.number(values, "ramp", 30, 1, 600);
        int measure = (int) BenchDataParameters.number(values, "measure", 120, 10, 3_600);
        int startups = (int) BenchDataParameters.number(values, "startups", 5, 1, 50);
        int indexWait = (int) BenchDataParameters.number(values, "index-wait", 40, 1, 1_440);
        String heap = values.getOrDefault("heap", "2g").trim().toLowerCase();
        if (!heap.matches("\\d{1,6}[mg]") || heap.matches("0+[mg]")) {
            throw BenchDataParameters.refused("--heap=" + heap + " is not a heap size; write e.g. 2g or 1536m.");
        }
        Path output = workingDirectory
                .resolve(values.getOrDefault("out", "target/bench/results.md"))
                .toAbsolutePath()
                .normalize();
        if (Files.isDirectory(output)) {
            throw BenchDataParameters.refused("--out=" + output + " is a folder; give a file name.");
        }
        Path jar = values.containsKey("jar")
                ? workingDirectory.resolve(values.get("jar")).toAbsolutePath()
                : null;
        boolean needsServer = scenarios.stream().anyMatch(s -> "defn".indexOf(s) >= 0);
        if (!generateOnly && needsServer && (jar == null || !Files.isRegularFile(jar))) {
            throw BenchDataParameters.refused("Scenarios d, e, f and n need the production jar"
                    + (jar == null ? "" : " (" + jar + " does not exist)")
                    + ": run the harness with ./mvnw -Pbench verify, which builds it.");
        }
        return new BenchOptions(
                jar,
                scenarios,
                warmups,
                runs,
                baselineRuns,
                sessions,
                levels,
                think,
                ramp,
                measure,
                startups,
                heap,
                output,
                generateOnly,
                probes,
                indexWait,
                List.copyOf(data));
    }

    /**
     * Refuses what the data set's database cannot run: on H2, scenario n (several nodes share one
     * PostgreSQL database); on PostgreSQL, the H2 workaround probes.
     */
    void requireSupportedOn(BenchDataParameters data) {
        if (generateOnly) {
            // No scenario runs.
            return;
        }
        if (!data.postgres() && scenarios.contains('n')) {
            throw BenchDataParameters.refused("Scenario n runs two nodes on one PostgreSQL database; give"
                    + " --database=postgres (and a server: see docs/performance.md), or leave n out.");
        }
        if (data.postgres() && probes) {
            throw BenchDataParameters.refused("--probes times the meetings list's workarounds for H2's planner;"
                    + " it runs on H2 only, not with --database=postgres.");
        }
    }

    private static List<Integer> levels(String text) {
        List<Integer> levels = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int level = (int) BenchDataParameters.number(Map.of("levels", part.trim()), "levels", 0, 1, 5_000);
            if (!levels.isEmpty() && level <= levels.getLast()) {
                throw BenchDataParameters.refused("--levels=" + text + " must be ascending, without repeats.");
            }
            levels.add(level);
        }
        if (levels.isEmpty()) {
            throw BenchDataParameters.refused("--levels needs at least one user count.");
        }
        return List.copyOf(levels);
    }

    private static double decimal(Map<String, String> values, String name, double fallback, double min, double max) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            throw BenchDataParameters.refused(
                    "--" + name + "=" + text + " is not a number (accepted: " + min + " to " + max + ").");
        }
        if (!(value >= min && value <= max)) {
            throw BenchDataParameters.refused(
                    "--" + name + "=" + text + " is out of range (accepted: " + min + " to " + max + ").");
        }
        return value;
    }

    static String usage() {
        var text = new StringBuilder("Harness options (all optional, --name=value):\n");
        OPTIONS.forEach((name, help) ->
                text.append("  --").append(name).append("  ").append(help).append('\n'));
        return text + BenchDataParameters.usage();
    }
}
