package org.outreachtracker.counterpart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small .xlsx files made to make a careless reader allocate far more than they hold. */
final class HostileWorkbooks {

    private HostileWorkbooks() {}

    /**
     * A valid counterparts workbook (a header and one row) whose last cell of the second row is
     * moved to column ZZZZZZ, some 321 million columns to the right: a reader that fills the
     * row's gaps with empty cells runs out of memory.
     */
    static byte[] farCellReference() {
        return patchSheet(counterparts(), "r=\"E2\"", "r=\"ZZZZZZ2\"");
    }

    /** A workbook whose sheet, some 2 KB packed, unpacks to more than {@code megabytes} MB of XML. */
    static byte[] unpacksTo(int megabytes) {
        String filler = " ".repeat(1024 * 1024);
        return rewrite(counterparts(), (name, xml, zip) -> {
            if (!name.startsWith("xl/worksheets/")) {
                zip.write(xml.getBytes(StandardCharsets.UTF_8));
                return;
            }
            int at = xml.indexOf("<sheetData>");
            zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = filler.getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Header and one counterpart in Japan, written by POI. */
    static byte[] counterparts() {
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            XSSFSheet data = book.createSheet("Data");
            String[][] cells = {
                {"Name", "Title", "Organization", "Country", "Level"},
                {"Hostile Workbook Person", "Adviser", "Ministry of Tests", "JP", "Other"}
            };
            for (int r = 0; r < cells.length; r++) {
                var row = data.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] patchSheet(byte[] workbook, String from, String to) {
        return rewrite(workbook, (name, xml, zip) -> {
            String text = name.startsWith("xl/worksheets/") ? xml.replace(from, to) : xml;
            if (name.startsWith("xl/worksheets/") && text.equals(xml)) {
                throw new IllegalStateException(from + " is not in " + name);
            }
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        });
    }

    private interface Entry {
        void write(String name, String xml, ZipOutputStream zip) throws IOException;
    }

    private static byte[] rewrite(byte[] workbook, Entry entry) {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(workbook));
                var zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                entry.write(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8), zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
