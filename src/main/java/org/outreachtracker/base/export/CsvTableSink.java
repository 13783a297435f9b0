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
 * programs read non-Latin names right. The file holds the table only: the header row comes first,
 * then one line for each row, so a spreadsheet opens it with the column names in its first row.
 * What the export is, who made it when and the filters that chose its rows are in the Excel
 * file's "About" sheet ({@link XlsxTableSink}) and in the audit record of the export.
 *
 * <p>The handling marking stays in the file: when the heading has one, a first column, {@value
 * #MARKING_COLUMN}, gives it on every row, unless the table already marks each row itself (a
 * {@value TableExport#ROW_MARKING} column, as meetings and follow-ups have). Hidden characters in
 * text are shown as marks ({@link HiddenCharacters}); text a spreadsheet could take for a formula
 * is neutralised ({@link CellSafety}).
 */
public class CsvTableSink implements TableSink {

    /** How the file is written, and how a test or the counterpart import reads it back. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /** The first column, giving the export's handling marking, of a table that has no marking of its own per row. */
    public static final String MARKING_COLUMN = "Handling marking";

    private final BufferedWriter writer;
    private final CSVPrinter printer;
    /** What the marking column holds on each row; null when the file has no such column. */
    private final String marking;

    CsvTableSink(OutputStream out, ExportHeading heading, List<String> columns) throws IOException {
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, FORMAT);
        boolean rowsMarked = columns.contains(TableExport.ROW_MARKING) || columns.contains(MARKING_COLUMN);
        marking = heading.marking().isBlank() || rowsMarked ? null : text(heading.marking());
        List<String> header = new ArrayList<>(columns.size() + 1);
        if (marking != null) {
            header.add(MARKING_COLUMN);
        }
        header.addAll(columns);
        printer.printRecord(header);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        List<String> values = new ArrayList<>(cells.size() + 1);
        if (marking != null) {
            values.add(marking);
        }
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
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
