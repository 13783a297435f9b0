package org.outreachtracker.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;

/**
 * A CSV export opens in a spreadsheet as a clean table: the column names in the first row, a row
 * for each item, the handling marking on every row, and nothing else; the Excel file's About
 * sheet still says what the export is.
 */
class CsvTableSinkTest {

    private static final ExportHeading HEADING = new ExportHeading(
            "UNCLASSIFIED",
            "Outreach Tracker — notes",
            List.of(
                    TableExport.stamp(Instant.parse("2026-05-30T09:15:00Z"), "Olivia Officer (officer)"),
                    TableExport.fact("Search", "#tag")));

    private static final List<List<?>> ROWS = List.of(
            TableExport.cells("#1 on the list", "plain", 3),
            TableExport.cells("=HYPERLINK(\"http://evil.example\")", "-2+3", null),
            TableExport.cells("Report\u202Etxt.exe", "Line one\nline two", 7));

    @Test
    void theHeaderRowComesFirstAndEachRowCarriesTheMarking() throws IOException {
        String text = export(ExportFormat.CSV, HEADING, List.of("Name", "Note", "Count"), ROWS);

        assertThat(text).startsWith("\uFEFFHandling marking,Name,Note,Count\r\n");
        String body = text.substring(1);
        assertThat(body.split("\r\n", -1))
                .as("no comment lines, before the rows or after them")
                .noneMatch(line -> line.startsWith("#"));
        assertThat(body).doesNotContain("Outreach Tracker — notes").doesNotContain("Olivia Officer");
        assertThat(body).endsWith(",7\r\n");

        List<CSVRecord> rows = parse(body);
        assertThat(rows).hasSize(1 + ROWS.size());
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(row -> assertThat(row.get(0)).isEqualTo("UNCLASSIFIED"));
        assertThat(rows.get(1).values()).containsExactly("UNCLASSIFIED", "#1 on the list", "plain", "3");
        assertThat(rows.get(2).values())
                .containsExactly("UNCLASSIFIED", "'=HYPERLINK(\"http://evil.example\")", "'-2+3", "");
        assertThat(rows.get(3).values())
                .containsExactly("UNCLASSIFIED", "Report[U+202E]txt.exe", "Line one\nline two", "7");
    }

    @Test
    void aTableThatMarksEachRowGetsNoSecondMarkingColumn() throws IOException {
        List<List<?>> marked = List.of(
                TableExport.cells("Ordinary", "UNCLASSIFIED"),
                TableExport.cells("Sensitive", "SENSITIVE BUT UNCLASSIFIED"));
        String text = export(
                ExportFormat.CSV,
                new ExportHeading("SENSITIVE BUT UNCLASSIFIED", "Outreach Tracker — notes", List.of()),
                List.of("Name", TableExport.ROW_MARKING),
                marked);

        assertThat(text)
                .isEqualTo("\uFEFFName,Marking\r\nOrdinary,UNCLASSIFIED\r\nSensitive,SENSITIVE BUT UNCLASSIFIED\r\n");
    }

    @Test
    void anUnmarkedExportIsTheTableAlone() throws IOException {
        String text = export(
                ExportFormat.CSV,
                new ExportHeading("", "Outreach Tracker — notes", List.of()),
                List.of("Name", "Note", "Count"),
                ROWS);

        assertThat(text).startsWith("\uFEFFName,Note,Count\r\n");
        assertThat(parse(text.substring(1)))
                .extracting(row -> row.get(0))
                .containsExactly(
                        "Name", "#1 on the list", "'=HYPERLINK(\"http://evil.example\")", "Report[U+202E]txt.exe");
    }

    @Test
    void theExcelFileKeepsItsAboutSheet() throws IOException {
        byte[] file = exportBytes(ExportFormat.XLSX, HEADING, List.of("Name", "Note", "Count"), ROWS);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> about = new ArrayList<>();
            for (Row row : workbook.getSheet("About")) {
                about.add(row.getCell(0).getStringCellValue());
            }
            assertThat(about).startsWith("UNCLASSIFIED", "Outreach Tracker — notes", "Exported", "Search");
            Sheet data = workbook.getSheet("Data");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(data.getHeader().getCenter()).isEqualTo("UNCLASSIFIED");
        }
    }

    private static String export(ExportFormat format, ExportHeading heading, List<String> columns, List<List<?>> rows) {
        return new String(exportBytes(format, heading, columns, rows), StandardCharsets.UTF_8);
    }

    private static byte[] exportBytes(
            ExportFormat format, ExportHeading heading, List<String> columns, List<List<?>> rows) {
        var out = new ByteArrayOutputStream();
        TableExport.write(
                "Notes",
                format,
                out,
                ExportProgress.NONE,
                heading,
                columns,
                rows.size(),
                page -> new PageImpl<>(page == 0 ? rows : List.of()),
                row -> row,
                (written, description) -> {});
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(CsvTableSink.FORMAT)
                .get()) {
            return parser.getRecords();
        }
    }
}
