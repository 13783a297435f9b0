package org.outreachtracker.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Where an export writes its table, row by row, straight to the output: nothing is collected
 * in memory first. Cells are Strings, numbers, LocalDates, Booleans or null; text is neutralised
 * against formulas ({@link CellSafety}).
 */
interface TableSink extends AutoCloseable {

    void row(List<?> cells) throws IOException;

    /** Completes the file (the Excel workbook is written out here) after the last row. */
    void finish(long rows) throws IOException;

    @Override
    void close() throws IOException;

    static TableSink open(ExportFormat format, OutputStream out, ExportHeading heading, List<String> columns)
            throws IOException {
        return switch (format) {
            case CSV -> new CsvTableSink(out, heading, columns);
            case XLSX -> new XlsxTableSink(out, heading, columns);
        };
    }
}
