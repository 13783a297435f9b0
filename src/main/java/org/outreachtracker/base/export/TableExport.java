package org.outreachtracker.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.outreachtracker.base.RuleViolationException;
import org.springframework.data.domain.Page;

/**
 * Writes one list as a CSV or Excel file: fetches the rows a page at a time, writes each straight
 * to the output, reports progress, and tells the caller once, when it ends, what was written (for
 * its audit record). Knows nothing of the lists it writes; each feature exports its own.
 */
public final class TableExport {

    /** Rows fetched from a service at a time. */
    public static final int PAGE_SIZE = 1_000;
    /** What a heading says of a filter condition that is not set. */
    public static final String ANY = "(any)";
    /**
     * The name of a column that gives each row's own handling marking; a CSV file of a table with
     * one has no column for the export's marking ({@link CsvTableSink}).
     */
    public static final String ROW_MARKING = "Marking";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Told once when an export ends: whether the whole file was written, and a description for the record. */
    @FunctionalInterface
    public interface Ended {
        void ended(boolean written, String description);
    }

    private TableExport() {}

    /** The first fact of every heading: when, and by whom ("Name (username)", or "system"). */
    public static ExportHeading.Fact stamp(Instant at, String who) {
        return fact("Exported", STAMP.format(at) + " by " + who);
    }

    public static ExportHeading.Fact fact(String label, String value) {
        return new ExportHeading.Fact(label, value);
    }

    /** A row's cells; unlike List.of, it keeps nulls (empty cells). */
    public static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    /**
     * Writes the list; {@code what} names it in the description given to {@code ended}, which
     * also lists the heading's facts after the stamp and the number of rows written.
     */
    public static <T> ExportResult write(
            String what,
            ExportFormat format,
            OutputStream out,
            ExportProgress progress,
            ExportHeading heading,
            List<String> columns,
            long total,
            IntFunction<Page<T>> pages,
            Function<T, List<?>> cells,
            Ended ended) {
        if (format == null) {
            throw RuleViolationException.because("refusal.base.chooseFormat");
        }
        String description = what + " as " + format.label() + "; "
                + heading.facts().stream()
                        .skip(1)
                        .map(f -> f.label() + ": " + f.value())
                        .collect(Collectors.joining("; "));
        long written = 0;
        try (TableSink sink = TableSink.open(format, out, heading, columns)) {
            progress.rows(0, total);
            for (int page = 0; ; page++) {
                Page<T> content = pages.apply(page);
                for (T row : content.getContent()) {
                    sink.row(cells.apply(row));
                    written++;
                }
                progress.rows(written, Math.max(total, written));
                if (!content.hasNext() || content.getContent().isEmpty()) {
                    break;
                }
            }
            sink.finish(written);
        } catch (IOException | UncheckedIOException failed) {
            ended.ended(false, description + "; stopped after " + written + " rows: " + failed.getMessage());
            throw failed instanceof IOException io ? new UncheckedIOException(io) : (UncheckedIOException) failed;
        }
        ended.ended(true, description + "; " + written + (written == 1 ? " row" : " rows"));
        return new ExportResult(written);
    }
}
