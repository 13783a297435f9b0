package org.outreachtracker.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.outreachtracker.base.HiddenCharacters;

/**
 * An Excel workbook written with POI's streaming API: only a window of rows is held in memory,
 * the rest goes to a temporary file until the workbook is written out. The first sheet,
 * "About", gives the handling marking and says what the export is and which filters chose its
 * rows; the second holds the data under a frozen header row, and prints with the marking at the
 * top and the bottom of each page. Hidden characters in text are shown as marks
 * ({@link HiddenCharacters}).
 */
class XlsxTableSink implements TableSink {

    private static final int WINDOW = 200;
    /** Excel's limit for the text of one cell. */
    private static final int MAX_CELL_TEXT = 32_767;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet about;
    private final SXSSFSheet data;
    private final CellStyle dateStyle;
    private int aboutRows;
    private int dataRows;

    XlsxTableSink(OutputStream out, ExportHeading heading, List<String> columns) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle boldStyle = workbook.createCellStyle();
        boldStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

        about = workbook.createSheet("About");
        about.setColumnWidth(0, 22 * 256);
        about.setColumnWidth(1, 80 * 256);
        if (!heading.marking().isBlank()) {
            text(about.createRow(aboutRows++).createCell(0), heading.marking()).setCellStyle(boldStyle);
        }
        Row title = about.createRow(aboutRows++);
        text(title.createCell(0), heading.title()).setCellStyle(boldStyle);
        for (ExportHeading.Fact fact : heading.facts()) {
            Row row = about.createRow(aboutRows++);
            text(row.createCell(0), fact.label()).setCellStyle(boldStyle);
            text(row.createCell(1), fact.value());
        }

        data = workbook.createSheet("Data");
        Row header = data.createRow(dataRows++);
        for (int i = 0; i < columns.size(); i++) {
            text(header.createCell(i), columns.get(i)).setCellStyle(boldStyle);
            data.setColumnWidth(i, Math.min(60, Math.max(12, columns.get(i).length() + 4)) * 256);
        }
        data.createFreezePane(0, 1);
        if (!heading.marking().isBlank()) {
            // Excel header and footer codes start with '&'; a marking holding one is written as "&&".
            String printed = HiddenCharacters.reveal(heading.marking()).replace("&", "&&");
            data.getHeader().setCenter(printed);
            data.getFooter().setCenter(printed);
            about.getHeader().setCenter(printed);
            about.getFooter().setCenter(printed);
        }
        workbook.setActiveSheet(1);
    }

    @Override
    public void row(List<?> cells) {
        Row row = data.createRow(dataRows++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            Cell cell = row.createCell(i);
            switch (value) {
                case null -> {}
                case String text -> text(cell, text);
                case Number number -> cell.setCellValue(number.doubleValue());
                case LocalDate date -> {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                }
                case Boolean flag -> text(cell, flag ? "Yes" : "No");
                default -> text(cell, String.valueOf(value));
            }
        }
    }

    private static Cell text(Cell cell, String value) {
        String safe = CellSafety.neutralise(HiddenCharacters.reveal(value));
        cell.setCellValue(safe.length() > MAX_CELL_TEXT ? safe.substring(0, MAX_CELL_TEXT) : safe);
        return cell;
    }

    @Override
    public void finish(long rows) throws IOException {
        Row count = about.createRow(aboutRows++);
        text(count.createCell(0), "Rows");
        count.createCell(1).setCellValue(rows);
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
