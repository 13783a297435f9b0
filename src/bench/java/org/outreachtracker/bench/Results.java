package org.outreachtracker.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's results: one table row per measure (scenario, median, p95, baseline, ratio,
 * target, met?), and free-text detail sections. Printed and written as Markdown. A scenario that
 * failed gets a row saying so.
 */
final class Results {

    /**
     * One row. {@code median}/{@code p95}/{@code baseline} are milliseconds unless {@code value}
     * is given (a figure in other units, e.g. KB per session).
     */
    record Row(
            String scenario,
            String measure,
            String median,
            String p95,
            String baseline,
            String ratio,
            String target,
            String met) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final List<String> header = new ArrayList<>();
    private final PrintStream out;

    Results(PrintStream out) {
        this.out = out;
    }

    void header(String line) {
        header.add(line);
        out.println(line);
    }

    /** A timed measure, with its target as a bound on the median ("≤ N ms"). */
    void timed(String scenario, String measure, Stats stats, Double targetMs) {
        String met = targetMs == null ? "" : stats.median() <= targetMs ? "yes" : "**no**";
        add(new Row(
                scenario,
                measure,
                Stats.ms(stats.median()),
                Stats.ms(stats.p95()),
                "",
                "",
                targetMs == null ? "" : "p50 ≤ " + Stats.ms(targetMs),
                met));
    }

    void add(Row row) {
        rows.add(row);
        out.printf(
                "  %-4s %-58s p50 %-9s p95 %-9s %s %s %s %s%n",
                row.scenario(),
                row.measure(),
                row.median(),
                row.p95(),
                row.baseline().isEmpty() ? "" : "baseline " + row.baseline(),
                row.ratio().isEmpty() ? "" : "ratio " + row.ratio(),
                row.target(),
                row.met());
    }

    void failed(String scenario, String measure, Throwable failure) {
        String message = failure.getClass().getSimpleName() + ": "
                + String.valueOf(failure.getMessage()).replace('\n', ' ').replace('|', '/');
        add(new Row(scenario, measure, "FAILED", "", "", "", "", "**failed**: " + message));
        failure.printStackTrace(out);
    }

    void detail(String markdown) {
        details.add(markdown);
        out.println(markdown);
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    String markdown() {
        var text = new StringBuilder();
        header.forEach(line -> text.append(line).append('\n'));
        text.append('\n');
        text.append("| scenario | measure | median | p95 | baseline | ratio | target | met? |\n");
        text.append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            text.append("| ")
                    .append(String.join(
                            " | ",
                            row.scenario(),
                            row.measure(),
                            row.median(),
                            row.p95(),
                            row.baseline(),
                            row.ratio(),
                            row.target(),
                            row.met()))
                    .append(" |\n");
        }
        for (String detail : details) {
            text.append('\n').append(detail).append('\n');
        }
        return text.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown());
        out.println("bench: results written to " + file);
    }

    boolean anyFailed() {
        return rows.stream().anyMatch(row -> "FAILED".equals(row.median()));
    }
}
