package org.outreachtracker.counterpart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditEventRef;
import org.outreachtracker.audit.AuditFilter;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.TestAuditor;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.export.ExportFormat;
import org.outreachtracker.base.export.ExportProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Counterpart import: the preview's three outcomes and every reason a row is rejected; nothing
 * written before the confirmation, all or nothing after it; the round trip of an export; and
 * files that cannot be imported at all, each with a clear message and nothing imported.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterpartImportServiceTest {

    static final String HEADER = "Name,Title,Organization,Country,Level\n";

    @Autowired
    CounterpartImportService imports;

    @Autowired
    CounterpartExport exports;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    AuditService audit;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    String auditor;
    String tag;
    CounterpartRef existing;

    @BeforeAll
    void setUp() {
        outreach = new TestOutreach(context);
        auditor = TestAuditor.create(outreach, accountAdmin);
        tag = TestOutreach.unique("Imp").replace(" ", "");
        existing = outreach.as(
                "officer",
                () -> counterparts.create(new CounterpartDraft(
                        tag + " Kenji Mori",
                        "Director",
                        "Ministry of Foreign Affairs",
                        outreach.countryId("JP"),
                        CounterpartLevel.SENIOR_OFFICIAL)));
    }

    @Test
    void thePreviewSaysRowByRowWhatWouldBeCreatedWhatMatchesAndWhatIsRejectedAndWhy() {
        String file = HEADER
                + tag + " New Person,Deputy Director,Ministry of Digital Affairs,JP,Working level\n"
                + "  " + tag.toUpperCase()
                + "   kenji  MORI , Director-General,ministry of foreign   affairs,Japan,Minister\n"
                + tag + " Nobody,Head,Office,Atlantis,Minister\n"
                + "=cmd|'/c calc'!A0,Director,MFA,JP,Minister\n"
                + tag + " Outside,Head,Office,BR,Minister\n"
                + tag + " Long," + "x".repeat(201) + ",Office,JP,Minister\n"
                + tag + " New Person,Deputy Director,Ministry of Digital Affairs,jp,working_level\n"
                + tag + " No Title,,Office,JP,Minister\n"
                + tag + " Boss,Head,Office,JP,Boss\n"
                + tag + " Extra,Head,Office,JP,Minister,surplus\n"
                + ",,,,\n";
        long before = count();
        ImportPreview preview = outreach.as("officer", () -> imports.preview("people.csv", bytes(file)));

        assertThat(count()).as("a preview writes nothing").isEqualTo(before);
        List<ImportRow> rows = preview.rows();
        assertThat(rows).extracting(ImportRow::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(rows)
                .extracting(ImportRow::outcome)
                .containsExactly(
                        ImportOutcome.CREATE,
                        ImportOutcome.MATCH,
                        ImportOutcome.REJECT,
                        ImportOutcome.REJECT,
                        ImportOutcome.REJECT,
                        ImportOutcome.REJECT,
                        ImportOutcome.REJECT,
                        ImportOutcome.REJECT,
                        ImportOutcome.REJECT,
                        ImportOutcome.REJECT);
        assertThat(rows.get(0).draft())
                .isEqualTo(new CounterpartDraft(
                        tag + " New Person",
                        "Deputy Director",
                        "Ministry of Digital Affairs",
                        outreach.countryId("JP"),
                        CounterpartLevel.WORKING_LEVEL));
        assertThat(rows.get(1).matchedId()).isEqualTo(existing.id());
        assertThat(rows.get(1).reason())
                .contains("Matches " + existing.describe())
                .contains("left as it is")
                .contains("title \"Director\"")
                .contains("level Senior official");
        assertThat(rows.get(2).reason()).contains("Unknown country \"Atlantis\"");
        assertThat(rows.get(3).reason()).contains("Name looks like a spreadsheet formula");
        assertThat(rows.get(4).reason()).isEqualTo("Brazil is not one of your desk countries.");
        assertThat(rows.get(5).reason()).contains("Title is longer than 200 characters");
        assertThat(rows.get(6).reason()).isEqualTo("Duplicate: the same counterpart as row 2 of this file.");
        assertThat(rows.get(7).reason()).contains("Title is missing");
        assertThat(rows.get(8).reason()).contains("Unknown level \"Boss\"");
        assertThat(rows.get(9).reason()).contains("values beyond the five named columns");
        assertThat(preview.count(ImportOutcome.CREATE)).isOne();
    }

    @Test
    void confirmingCreatesTheNewCounterpartsInOneGoAndAuditsTheImport() {
        String file = HEADER + tag + " Alpha,Adviser,Ministry of Tests,KR,Other\n"
                + tag + " Beta,Adviser,Ministry of Tests,Korea (Republic of),Other\n"
                + tag + " Kenji Mori,Director,Ministry of Foreign Affairs,JP,Senior official\n";
        ImportPreview preview = outreach.as("officer", () -> imports.preview("two.csv", bytes(file)));
        assertThat(preview.rows())
                .extracting(ImportRow::outcome)
                .containsExactly(ImportOutcome.CREATE, ImportOutcome.REJECT, ImportOutcome.MATCH);
        long imported = outreach.as(
                "admin", () -> audit.count(new AuditFilter("officer", AuditAction.IMPORTED, null, null, null, null)));
        long before = count();

        int created = outreach.as("officer", () -> imports.importCounterparts(preview, ExportProgress.NONE));

        assertThat(created).isOne();
        assertThat(count()).isEqualTo(before + 1);
        assertThat(names()).contains(tag + " Alpha").doesNotContain(tag + " Beta");
        assertThat(outreach.as(
                        "admin",
                        () -> audit.count(new AuditFilter("officer", AuditAction.IMPORTED, null, null, null, null))))
                .isEqualTo(imported + 1);
    }

    @Test
    void aNewRowWhoseNameIsSpelledLikeAListedCounterpartSaysSo() {
        CounterpartRef listed = outreach.counterpart("JP", "Haruka " + tag + " Satō");
        String file = HEADER + "\"SATO, Haruka " + tag + "\",Adviser,Cabinet Office,JP,Other\n" + tag
                + " Someone Else,Adviser,Cabinet Office,JP,Other\n";

        ImportPreview preview = outreach.as("officer", () -> imports.preview("alike.csv", bytes(file)));

        assertThat(preview.rows()).extracting(ImportRow::outcome).containsOnly(ImportOutcome.CREATE);
        assertThat(preview.rows().get(0).reason())
                .isEqualTo("New, but possibly the same person as " + listed.describe()
                        + " (the name is spelled alike): check before importing.");
        assertThat(preview.rows().get(1).reason()).isEmpty();
    }

    @Test
    void whenTheDirectoryChangedSinceThePreviewNothingIsImported() {
        String file = HEADER + tag + " Gamma,Adviser,Ministry of Tests,SG,Other\n" + tag
                + " Delta,Adviser,Ministry of Tests,SG,Other\n";
        ImportPreview preview = outreach.as("manager", () -> imports.preview("race.csv", bytes(file)));
        assertThat(preview.count(ImportOutcome.CREATE)).isEqualTo(2);
        // Someone adds Delta meanwhile: the row would now be a match.
        outreach.as(
                "officer",
                () -> counterparts.create(new CounterpartDraft(
                        tag + " Delta",
                        "Adviser",
                        "Ministry of Tests",
                        outreach.countryId("SG"),
                        CounterpartLevel.OTHER)));
        long before = count();

        assertThatThrownBy(() -> outreach.as("manager", () -> imports.importCounterparts(preview, ExportProgress.NONE)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Nothing was imported");
        assertThat(count()).isEqualTo(before);
        assertThat(names()).doesNotContain(tag + " Gamma");
    }

    @Test
    void anExportedDirectoryImportsBackAsMatchesOnlyInCsvAndExcel() {
        // Exports show invisible characters as marks; the name still matches its counterpart.
        outreach.as(
                "officer",
                () -> counterparts.create(new CounterpartDraft(
                        tag + " Round\u202Etrip",
                        "Adviser\u200B",
                        "Ministry of Tests",
                        outreach.countryId("JP"),
                        CounterpartLevel.OTHER)));
        for (ExportFormat format : ExportFormat.values()) {
            var out = new ByteArrayOutputStream();
            outreach.as(
                    "officer", () -> exports.counterparts(CounterpartFilter.none(), format, out, ExportProgress.NONE));
            ImportPreview preview =
                    outreach.as("officer", () -> imports.preview("directory." + format.extension(), out.toByteArray()));
            long total = outreach.as("officer", () -> counterparts.count(CounterpartFilter.none()));
            assertThat(preview.rows())
                    .as(format.label())
                    .hasSize((int) total)
                    .allSatisfy(
                            row -> assertThat(row.outcome()).as(row.reason()).isEqualTo(ImportOutcome.MATCH));
            assertThatThrownBy(() ->
                            outreach.as("officer", () -> imports.importCounterparts(preview, ExportProgress.NONE)))
                    .hasMessageContaining("nothing to import");
        }
    }

    @Test
    void excelRowsAreReadFromTheDataSheetAndRealFormulaCellsAreRejected() throws IOException {
        byte[] workbook;
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            book.createSheet("About").createRow(0).createCell(0).setCellValue("Not the data");
            XSSFSheet data = book.createSheet("Data");
            String[][] cells = {
                {"name", "TITLE", "Organization", "country", "Level"},
                {tag + " Epsilon", "Adviser", "Ministry of Tests", "AU", "Other"},
                {null, "Adviser", "Ministry of Tests", "AU", "Other"}
            };
            for (int r = 0; r < cells.length; r++) {
                var row = data.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (cells[r][c] != null) {
                        row.createCell(c).setCellValue(cells[r][c]);
                    }
                }
            }
            data.getRow(2).createCell(0).setCellFormula("HYPERLINK(\"http://evil.example\",\"x\")");
            book.write(out);
            workbook = out.toByteArray();
        }
        ImportPreview preview = outreach.as("officer", () -> imports.preview("people.xlsx", workbook));
        assertThat(preview.rows())
                .extracting(ImportRow::outcome)
                .containsExactly(ImportOutcome.CREATE, ImportOutcome.REJECT);
        assertThat(preview.rows().get(1).reason()).contains("Name looks like a spreadsheet formula");
    }

    @Test
    void filesThatCannotBeReadAreRefusedWithAClearMessageAndNothingIsImported() throws IOException {
        long before = count();
        refused("empty.csv", new byte[0], "The file is empty");
        refused("blank.csv", bytes("\n\n  \n"), "The file is empty");
        refused("header.csv", bytes(HEADER), "no counterparts below them");
        refused(
                "columns.csv",
                bytes("Name,Position,Country\nA,B,JP\n"),
                "The columns Title, Organization, Level are missing; the column \"Position\" is not known");
        refused(
                "latin1.csv",
                (HEADER + "Zürich Person,Head,Office,CH,Other\n").getBytes(StandardCharsets.ISO_8859_1),
                "not UTF-8");
        byte[] garbage = new byte[4096];
        new Random(9).nextBytes(garbage);
        refused("garbage.csv", garbage, "not UTF-8 text, or not text at all");
        refused("nul.csv", bytes(HEADER + "A\0B,Head,Office,JP,Other\n"), "binary data");
        refused("garbage.xlsx", garbage, "not a readable Excel (.xlsx) file");
        refused("old.xls", garbage, "Old Excel files (.xls)");
        refused("semicolons.csv", bytes("Name;Title;Organization;Country;Level\nA;B;C;JP;Other\n"), "semicolons");
        refused("quote.csv", bytes(HEADER + "\"Unclosed,Head,Office,JP,Other\n"), "not valid CSV");
        refused("people.pdf", bytes(HEADER), "Choose a CSV (.csv) or Excel (.xlsx) file");
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        refused("huge.csv", huge, "The file is too large (50.0 MB)");
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= CounterpartFileReader.MAX_ROWS; i++) {
            many.append(tag).append(" Many ").append(i).append(",Adviser,Office,JP,Other\n");
        }
        refused("many.csv", bytes(many.toString()), "more than 5,000 rows");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aWorkbookWithACellFarBeyondExcelsColumnsIsRefusedWithAMessage() {
        refused(
                "far.xlsx",
                HostileWorkbooks.farCellReference(),
                "The workbook has a cell (ZZZZZZ2) outside the columns" + " Excel has, so it cannot be read.");
        refused("bomb.xlsx", HostileWorkbooks.unpacksTo(80), "This workbook unpacks to more than 64 MB");
    }

    @Test
    void refusedFilesAndFailedImportsAreEachAuditedOnce() {
        long before = refusals();
        refused("refused-empty.csv", new byte[0], "The file is empty");
        assertThat(refusals()).isEqualTo(before + 1);
        assertThat(latestRefusal("admin").details().note())
                .as("the file's name is outreach content")
                .isEmpty();
        assertThat(latestRefusal().details().note())
                .isEqualTo("Refused \"refused-empty.csv\" (0 bytes): The file is"
                        + " empty. Choose a file with a row of column names and a row for each counterpart.");

        String message = outreach.as("officer", () -> imports.refuseTooLarge("big.csv", 3L * ImportLimits.maxBytes()));
        assertThat(message)
                .isEqualTo("The file is too large (15.0 MB). Files of up to 5 MB can be imported; split the"
                        + " list into smaller files.");
        assertThat(refusals()).isEqualTo(before + 2);
        assertThat(latestRefusal().details().note())
                .startsWith("Refused \"big.csv\" (15,728,640 bytes): The file is too large");
        assertThat(outreach.as("officer", () -> imports.refuseTooLarge("unsent.xlsx", -1)))
                .isEqualTo("The file is larger than 5 MB. Files of up to 5 MB can be imported; split the list into"
                        + " smaller files.");
        assertThat(refusals()).isEqualTo(before + 3);

        ImportPreview nothingNew = outreach.as(
                "officer",
                () -> imports.preview(
                        "again.csv",
                        bytes(HEADER + tag + " Kenji Mori,Director,Ministry of Foreign Affairs,JP,Senior official\n")));
        assertThat(refusals()).as("a file that reads is not a refusal").isEqualTo(before + 3);
        assertThatThrownBy(
                        () -> outreach.as("officer", () -> imports.importCounterparts(nothingNew, ExportProgress.NONE)))
                .hasMessageContaining("nothing to import");
        assertThat(refusals()).isEqualTo(before + 4);
        assertThat(latestRefusal().details().note())
                .startsWith("Nothing imported from \"again.csv\": There is nothing" + " to import");
    }

    private long refusals() {
        return outreach.as(
                "admin", () -> audit.count(new AuditFilter("officer", AuditAction.IMPORTED, null, null, null, null)));
    }

    /** The latest refused import, read by an auditor who also reads outreach (so with its note). */
    private AuditEventRef latestRefusal() {
        return latestRefusal(auditor);
    }

    private AuditEventRef latestRefusal(String reader) {
        AuditEventRef event = outreach.as(
                        reader,
                        () -> audit.search(
                                new AuditFilter("officer", AuditAction.IMPORTED, null, null, null, null),
                                PageRequest.of(
                                        0,
                                        1,
                                        Sort.by(Sort.Direction.DESC, "occurredAt")
                                                .and(Sort.by(Sort.Direction.DESC, "id")))))
                .getContent()
                .getFirst();
        assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
        return event;
    }

    private void refused(String fileName, byte[] content, String message) {
        assertThatThrownBy(() -> outreach.as("officer", () -> imports.preview(fileName, content)))
                .as(fileName)
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(message);
    }

    private long count() {
        return outreach.as("manager", () -> counterparts.count(CounterpartFilter.none()));
    }

    private List<String> names() {
        return outreach.as(
                        "manager",
                        () -> counterparts.search(
                                new CounterpartFilter(tag, null, null), PageRequest.of(0, 100, Sort.by("name"))))
                .map(CounterpartRef::name)
                .getContent();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
