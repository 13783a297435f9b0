package org.outreachtracker.counterpart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.export.CsvTableSink;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a counterparts file — CSV (UTF-8, RFC 4180, lines starting with '#' skipped) or Excel
 * (.xlsx; the sheet named "Data", else the first) — into rows. The first row names the columns
 * (Name, Title, Organization, Country, Level, in any order and case); a column named as an
 * exported CSV file's handling marking column ({@link CsvTableSink#MARKING_COLUMN}) is allowed and
 * not read, so an exported file imports back. Whatever makes the file as a whole unreadable is
 * refused with a message that says what to do.
 */
final class CounterpartFileReader {

    /** The largest file accepted. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most rows one file may hold. */
    static final int MAX_ROWS = 5_000;
    /**
     * Columns of a sheet that are read; the five named columns must be among them. A value further
     * right only marks its row as having values beyond the named columns (nothing is kept of it).
     */
    static final int MAX_COLUMNS = 50;
    /** Excel's last column, XFD: a cell reference beyond it is not a real cell. */
    static final int EXCEL_COLUMNS = 16_384;
    /** The most an .xlsx file may hold once unpacked (its sheet, shared strings, styles…). */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    /** The most parts (files) an .xlsx file may hold. */
    static final int MAX_PARTS = 1_000;

    /**
     * CSV as exports write it, with lines starting with an unquoted '#' skipped as comments (exports
     * once began with them). An export quotes a value that starts with '#', so none of its rows
     * is taken for a comment.
     */
    private static final CSVFormat CSV =
            CsvTableSink.FORMAT.builder().setCommentMarker('#').get();

    private static final String COLUMNS_HELP =
            "The first row must name the columns " + String.join(", ", CounterpartColumns.ALL) + " (in any order).";

    private CounterpartFileReader() {}

    static List<RawRow> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw RuleViolationException.because("refusal.counterpart.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException(tooLarge(content.length));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip =
                content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (name.endsWith(".xls")) {
            throw RuleViolationException.because("refusal.counterpart.fileOldExcel");
        }
        if (name.endsWith(".xlsx") || zip && !name.endsWith(".csv")) {
            return table(xlsxRows(content));
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || !name.contains(".")) {
            if (zip) {
                throw RuleViolationException.because("refusal.counterpart.fileNotCsv");
            }
            return table(csvRows(content));
        }
        throw RuleViolationException.because("refusal.counterpart.fileChooseType");
    }

    /** What a user is told about a file over the limit; {@code bytes} is its size, or 0 or less when not known. */
    static String tooLarge(long bytes) {
        int limit = MAX_BYTES / 1024 / 1024;
        return bytes > MAX_BYTES
                ? String.format(
                        Locale.ENGLISH,
                        "The file is too large (%.1f MB). Files of up to %d MB can"
                                + " be imported; split the list into smaller files.",
                        bytes / 1024.0 / 1024.0,
                        limit)
                : "The file is larger than " + limit + " MB. Files of up to " + limit + " MB can be imported; split the"
                        + " list into smaller files.";
    }

    /**
     * The cells of each row, with its line number; the first row holds the column names.
     *
     * @param beyond whether the row has a value right of the columns that are read
     */
    private record Line(int number, List<String> cells, boolean beyond) {

        Line(int number, List<String> cells) {
            this(number, cells, false);
        }
    }

    private static List<Line> csvRows(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw RuleViolationException.because("refusal.counterpart.fileNotUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw RuleViolationException.because("refusal.counterpart.fileBinary");
        }
        if (text.isBlank()) {
            throw RuleViolationException.because("refusal.counterpart.fileEmpty");
        }
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(CSV)
                .get()) {
            int line = 1;
            int position = 0;
            for (CSVRecord record : parser) {
                if (lines.size() > MAX_ROWS + 1) {
                    throw tooManyRows();
                }
                // The line the record starts on, counting comments and line breaks inside quoted values.
                int start = (int) Math.min(record.getCharacterPosition(), text.length());
                for (; position < start; position++) {
                    if (text.charAt(position) == '\n') {
                        line++;
                    }
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                lines.add(new Line(line, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw new RuleViolationException("The file is not valid CSV: " + describe(malformed)
                    + " Check that every quoted value is closed with a quote.");
        }
        return lines;
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("line");
        return at >= 0
                ? "a problem near " + message.substring(at).replaceAll("[\\[\\]]", "") + "."
                : "it cannot be read.";
    }

    private static RuleViolationException tooManyRows() {
        return RuleViolationException.because("refusal.counterpart.fileTooManyRows", MAX_ROWS);
    }

    private static List<Line> xlsxRows(byte[] content) {
        checkUnpackedSize(content);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            String chosen = null;
            XSSFReader.SheetIterator names = reader.getSheetIterator();
            while (names.hasNext()) {
                names.next().close();
                if (chosen == null || "Data".equalsIgnoreCase(names.getSheetName())) {
                    chosen = names.getSheetName();
                }
            }
            if (chosen == null) {
                throw RuleViolationException.because("refusal.counterpart.fileNoSheet");
            }
            SheetRows handler = new SheetRows(strings);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (!chosen.equals(sheets.getSheetName())) {
                        continue;
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(handler);
                    try {
                        parser.parse(new InputSource(sheet));
                    } catch (TooManyRows stop) {
                        throw new RuleViolationException(stop.getMessage());
                    }
                    break;
                }
            }
            return handler.lines;
        } catch (RuleViolationException refused) {
            throw refused;
        } catch (Exception unreadable) {
            throw RuleViolationException.because("refusal.counterpart.fileNotXlsx");
        }
    }

    /**
     * Refuses a workbook that unpacks to more than a counterpart list needs, counting the bytes as
     * they are unpacked (the sizes a zip file declares can lie): a small file must not make the
     * reader hold gigabytes.
     */
    private static void checkUnpackedSize(byte[] content) {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        // Entries as they come in the file; stored entries followed by a data descriptor (as
        // streaming writers, POI's among them, produce) are allowed.
        try (var zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            while (zip.getNextEntry() != null) {
                if (++parts > MAX_PARTS) {
                    throw tooMuchInside();
                }
                for (int read; (read = zip.read(buffer)) >= 0; ) {
                    total += read;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw tooMuchInside();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            throw RuleViolationException.because("refusal.counterpart.fileNotXlsx");
        }
    }

    private static RuleViolationException tooMuchInside() {
        return RuleViolationException.because(
                "refusal.counterpart.workbookTooLarge", String.valueOf(MAX_UNPACKED_BYTES / 1024 / 1024));
    }

    /** Checks the column names and turns the lines below them into rows. */
    private static List<RawRow> table(List<Line> lines) {
        List<Line> content = lines.stream()
                .filter(line -> line.cells().stream().anyMatch(c -> c != null && !c.isBlank()))
                .toList();
        if (content.isEmpty()) {
            throw RuleViolationException.because("refusal.counterpart.fileEmpty");
        }
        List<String> header = content.getFirst().cells();
        if (content.getFirst().beyond()) {
            throw new RuleViolationException("The first row has a value beyond column " + MAX_COLUMNS + "; the columns"
                    + " Name, Title, Organization, Country and Level must be among the first " + MAX_COLUMNS
                    + ". " + COLUMNS_HELP);
        }
        if (header.size() == 1 && header.getFirst().contains(";")) {
            throw RuleViolationException.because("refusal.counterpart.fileSemicolons");
        }
        Map<String, Integer> columns = new HashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        int lastNamed = -1;
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i) == null ? "" : header.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            lastNamed = i;
            if (CsvTableSink.MARKING_COLUMN.equalsIgnoreCase(cell)) {
                continue;
            }
            String column = CounterpartColumns.ALL.stream()
                    .filter(c -> c.equalsIgnoreCase(cell))
                    .findFirst()
                    .orElse(null);
            if (column == null) {
                unknown.add(cell);
            } else if (columns.putIfAbsent(column, i) != null) {
                twice.add(column);
            }
        }
        List<String> missing = CounterpartColumns.ALL.stream()
                .filter(c -> !columns.containsKey(c))
                .toList();
        if (!missing.isEmpty() || !unknown.isEmpty() || !twice.isEmpty()) {
            List<String> problems = new ArrayList<>();
            if (!missing.isEmpty()) {
                problems.add("the column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                        + (missing.size() == 1 ? " is" : " are") + " missing");
            }
            if (!unknown.isEmpty()) {
                problems.add("the column" + (unknown.size() == 1 ? " " : "s ") + "\""
                        + String.join(
                                "\", \"",
                                unknown.stream()
                                        .map(CounterpartFileReader::shorten)
                                        .toList())
                        + "\"" + (unknown.size() == 1 ? " is" : " are") + " not known");
            }
            if (!twice.isEmpty()) {
                problems.add(String.join(", ", twice) + " appear" + (twice.size() == 1 ? "s" : "") + " twice");
            }
            String text = String.join("; ", problems);
            throw new RuleViolationException(
                    Character.toUpperCase(text.charAt(0)) + text.substring(1) + ". " + COLUMNS_HELP);
        }
        if (content.size() == 1) {
            throw RuleViolationException.because("refusal.counterpart.fileNoRows");
        }
        if (content.size() - 1 > MAX_ROWS) {
            throw tooManyRows();
        }
        List<RawRow> rows = new ArrayList<>();
        for (Line line : content.subList(1, content.size())) {
            List<String> cells = line.cells();
            boolean extra = line.beyond();
            for (int i = lastNamed + 1; i < cells.size(); i++) {
                extra |= cells.get(i) != null && !cells.get(i).isBlank();
            }
            rows.add(new RawRow(
                    line.number(),
                    cell(cells, columns.get(CounterpartColumns.NAME)),
                    cell(cells, columns.get(CounterpartColumns.TITLE)),
                    cell(cells, columns.get(CounterpartColumns.ORGANIZATION)),
                    cell(cells, columns.get(CounterpartColumns.COUNTRY)),
                    cell(cells, columns.get(CounterpartColumns.LEVEL)),
                    extra));
        }
        return rows;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** Stops reading a sheet that holds more than an import takes; the message says so. */
    private static final class TooManyRows extends SAXException {
        TooManyRows(String message) {
            super(message);
        }
    }

    /**
     * The cells of a worksheet, read as SAX events (no workbook model in memory): shared and
     * inline strings, numbers and booleans as text; a cell holding a formula reads as "=" and
     * the formula, so the checks refuse it.
     */
    private static final class SheetRows extends DefaultHandler {

        final List<Line> lines = new ArrayList<>();
        private final ReadOnlySharedStringsTable strings;
        private TreeMap<Integer, String> row;
        private boolean rowBeyond;
        private int rowNumber;
        private int column;
        private String type;
        private boolean formula;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formulaText = new StringBuilder();
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineText;
        /** Text read so far; a sheet with more than this is refused like one with too many rows. */
        private long characters;

        private static final long MAX_TEXT = 20L * 1024 * 1024;

        SheetRows(ReadOnlySharedStringsTable strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "row" -> {
                    if (lines.size() > MAX_ROWS + 1) {
                        throw new TooManyRows(tooManyRows().getMessage());
                    }
                    row = new TreeMap<>();
                    rowBeyond = false;
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    column = -1;
                }
                case "c" -> {
                    String reference = attributes.getValue("r");
                    column = reference == null ? column + 1 : columnOf(reference);
                    if (column >= EXCEL_COLUMNS) {
                        throw new TooManyRows("The workbook has a cell (" + shorten(reference) + ") outside the columns"
                                + " Excel has, so it cannot be read. Open it in Excel and save it again as Excel"
                                + " Workbook (.xlsx), or save it as CSV UTF-8.");
                    }
                    type = attributes.getValue("t");
                    formula = false;
                    value.setLength(0);
                    formulaText.setLength(0);
                }
                case "v" -> inValue = true;
                case "f" -> {
                    inFormula = true;
                    formula = true;
                }
                case "t" -> inInlineText = "inlineStr".equals(type);
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            characters += length;
            if (characters > MAX_TEXT) {
                throw new TooManyRows(
                        "The sheet holds more text than a counterpart list can; split it into" + " smaller files.");
            }
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            } else if (inFormula) {
                formulaText.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "t" -> inInlineText = false;
                case "c" -> {
                    String text = cellText();
                    if (column < MAX_COLUMNS) {
                        row.put(column, text);
                    } else if (!text.isBlank()) {
                        rowBeyond = true;
                    }
                }
                case "row" -> {
                    List<String> cells = new ArrayList<>();
                    int last = row.isEmpty() ? -1 : row.lastKey();
                    for (int i = 0; i <= last; i++) {
                        cells.add(row.getOrDefault(i, ""));
                    }
                    lines.add(new Line(rowNumber, cells, rowBeyond));
                }
                default -> {}
            }
        }

        private String cellText() {
            if (formula) {
                return "=" + formulaText;
            }
            String raw = value.toString();
            if ("s".equals(type)) {
                try {
                    return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                } catch (RuntimeException badIndex) {
                    return "";
                }
            }
            if ("b".equals(type)) {
                return "1".equals(raw) ? "TRUE" : "FALSE";
            }
            if (type == null || "n".equals(type)) {
                try {
                    double number = Double.parseDouble(raw);
                    return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number) : raw;
                } catch (NumberFormatException notNumber) {
                    return raw;
                }
            }
            return raw;
        }

        /** The column of a cell reference ("C7" is 2), counting no further than Excel's last column. */
        private static int columnOf(String reference) {
            int result = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                result = result * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
                if (result > EXCEL_COLUMNS) {
                    return EXCEL_COLUMNS;
                }
            }
            return result - 1;
        }
    }
}
