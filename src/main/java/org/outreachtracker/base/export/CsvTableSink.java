package org.outreachtracker.base.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.outreachtracker.base.HiddenCharacters;

/**
 * CSV as RFC 4180 describes it (comma-separated, CRLF line ends, fields with commas, quotes or
 * line breaks in double quotes, quotes doubled), UTF-8 with a byte order mark so spreadsheet
 * programs read non-Latin names right. The heading comes first as comment lines starting with
 * '#', the handling marking on the first line, and the marking is repeated on a comment line
 * after the last row; a first field that itself starts with '#' is quoted, so it is never read as
 * a comment. Hidden characters in text are shown as marks ({@link HiddenCharacters}).
 */
public class CsvTableSink implements TableSink {

    public static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setCommentMarker('#').get();

    private final BufferedWriter writer;
    private final CSVPrinter printer;
    private final String marking;

    CsvTableSink(OutputStream out, ExportHeading heading, List<String> columns) throws IOException {
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, FORMAT);
        marking = HiddenCharacters.reveal(heading.marking());
        if (!marking.isBlank()) {
            printer.printComment(marking);
        }
        printer.printComment(heading.title());
        for (ExportHeading.Fact fact : heading.facts()) {
            printer.printComment(HiddenCharacters.reveal(fact.label() + ": " + fact.value()));
        }
        printer.printRecord(columns);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        List<String> values = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            values.add(text(cell));
        }
        printer.printRecord(values);
    }

    static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case String text -> CellSafety.neutralise(HiddenCharacters.reveal(text));
            case LocalDate date -> date.toString();
            case Boolean flag -> flag ? "Yes" : "No";
            default -> CellSafety.neutralise(String.valueOf(cell));
        };
    }

    @Override
    public void finish(long rows) throws IOException {
        if (!marking.isBlank()) {
            printer.printComment(marking);
        }
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
