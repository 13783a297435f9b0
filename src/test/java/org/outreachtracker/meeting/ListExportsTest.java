package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
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
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.TestAuditor;
import org.outreachtracker.base.export.CsvTableSink;
import org.outreachtracker.base.export.ExportFormat;
import org.outreachtracker.base.export.ExportProgress;
import org.outreachtracker.base.export.TableExport;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartExport;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.coverage.CoverageExport;
import org.outreachtracker.coverage.CoverageFilter;
import org.outreachtracker.coverage.CoverageService;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpExport;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.AopTestUtils;

/**
 * Exports as files a spreadsheet opens: RFC 4180 CSV in UTF-8 (the table alone, with its handling
 * marking on every row) and .xlsx (naming its filters on an About sheet), with formula-like cells
 * neutralised, only for those who may read the data, paged through the services, and audited once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListExportsTest {

    @Autowired
    MeetingExport meetingExport;

    @Autowired
    FollowUpExport followUpExport;

    @Autowired
    CounterpartExport counterpartExport;

    @Autowired
    CoverageExport coverageExport;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    MeetingService meetings;

    @Autowired
    FollowUpService followUps;

    @Autowired
    CoverageService coverage;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AuditService audit;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    String tag;
    long japan;

    /** Names a CSV writer must quote or encode with care, all in Japan (a desk country of "officer"). */
    List<String> awkwardNames;

    @BeforeAll
    void createCounterparts() {
        outreach = new TestOutreach(context);
        tag = TestOutreach.unique("ExpTag").replace(" ", "");
        japan = outreach.countryId("JP");
        awkwardNames = List.of(
                tag + " Smith, Jr.",
                tag + " \"Bob\" O'Neil",
                tag + " Line one\nline two",
                tag + " 北京",
                tag + " Αθήνα",
                tag + " Zürich",
                tag + " semi;colon");
        outreach.as("officer", () -> {
            for (String name : awkwardNames) {
                counterparts.create(new CounterpartDraft(
                        name,
                        "Director, \"Digital\" Affairs",
                        "Ministry, of Tests",
                        japan,
                        CounterpartLevel.SENIOR_OFFICIAL));
            }
            counterparts.create(new CounterpartDraft(
                    "=cmd|'/c calc'!A0 " + tag, "+SUM(A1:A9)", "@evil", japan, CounterpartLevel.OTHER));
            counterparts.create(new CounterpartDraft(
                    "-" + tag + " Minus",
                    "=HYPERLINK(\"http://evil.example\",\"Open\")",
                    "Ministry of Tests",
                    japan,
                    CounterpartLevel.OTHER));
        });
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndKeepsNonLatinNames() throws IOException {
        byte[] file = export(
                "officer",
                () -> counterpartExport.counterparts(
                        new CounterpartFilter(tag, null, null), ExportFormat.CSV, out(), ExportProgress.NONE));
        String text = new String(file, StandardCharsets.UTF_8);

        // The table starts at the first line, as a spreadsheet expects; the marking is on every row.
        assertThat(text).startsWith("\uFEFFHandling marking,Name,Title,Organization,Country,Level\r\n");
        assertThat(text.split("\r\n")).noneMatch(line -> line.startsWith("#"));
        assertThat(text).doesNotContain("Outreach Tracker — counterparts").doesNotContain("Search: ");
        assertThat(text).contains("\"" + tag + " \"\"Bob\"\" O'Neil\"");
        assertThat(text).contains("\"" + tag + " Line one\nline two\"");
        List<CSVRecord> rows = rows(text);
        assertThat(rows.getFirst().values())
                .containsExactly("Handling marking", "Name", "Title", "Organization", "Country", "Level");
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(r -> assertThat(r.get(0)).isEqualTo("UNCLASSIFIED"));
        List<String> names =
                rows.subList(1, rows.size()).stream().map(r -> r.get(1)).toList();
        assertThat(names).containsAll(awkwardNames);
        CSVRecord zurich = rows.stream()
                .filter(r -> r.get(1).equals(tag + " Zürich"))
                .findFirst()
                .orElseThrow();
        assertThat(zurich.values())
                .containsExactly(
                        "UNCLASSIFIED",
                        tag + " Zürich",
                        "Director, \"Digital\" Affairs",
                        "Ministry, of Tests",
                        "Japan",
                        "Senior official");
    }

    @Test
    void csvCellsThatLookLikeFormulasStartWithAnApostrophe() throws IOException {
        byte[] file = export(
                "officer",
                () -> counterpartExport.counterparts(
                        new CounterpartFilter(tag, null, null), ExportFormat.CSV, out(), ExportProgress.NONE));
        List<CSVRecord> rows = rows(new String(file, StandardCharsets.UTF_8));

        // Column 0 is the handling marking; the counterpart's name is in column 1.
        CSVRecord formula =
                rows.stream().filter(r -> r.get(1).contains("calc")).findFirst().orElseThrow();
        assertThat(formula.get(1)).isEqualTo("'=cmd|'/c calc'!A0 " + tag);
        assertThat(formula.get(2)).isEqualTo("'+SUM(A1:A9)");
        assertThat(formula.get(3)).isEqualTo("'@evil");
        CSVRecord minus = rows.stream()
                .filter(r -> r.get(1).contains("Minus"))
                .findFirst()
                .orElseThrow();
        assertThat(minus.get(1)).isEqualTo("'-" + tag + " Minus");
        assertThat(minus.get(2)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Open\")");
    }

    @Test
    void excelHasAnAboutSheetWithTheFiltersAndNeutralisedTextCells() throws IOException {
        byte[] file = export(
                "manager",
                () -> counterpartExport.counterparts(
                        new CounterpartFilter(tag, japan, CounterpartLevel.OTHER),
                        ExportFormat.XLSX,
                        out(),
                        ExportProgress.NONE));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("About");
            Sheet about = workbook.getSheet("About");
            List<String> facts = new ArrayList<>();
            for (Row row : about) {
                facts.add(row.getCell(0).getStringCellValue() + ": "
                        + (row.getCell(1) == null
                                ? ""
                                : row.getCell(1).getCellType() == CellType.NUMERIC
                                        ? String.valueOf((long) row.getCell(1).getNumericCellValue())
                                        : row.getCell(1).getStringCellValue()));
            }
            assertThat(facts).contains("Search: " + tag, "Country: Japan", "Level: Other", "Rows: 2");
            Sheet data = workbook.getSheet("Data");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(data.getLastRowNum()).isEqualTo(2);
            Set<String> cells = new HashSet<>();
            for (Row row : data) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("no formula cells").isNotEqualTo(CellType.FORMULA);
                    cells.add(cell.getStringCellValue());
                }
            }
            assertThat(cells)
                    .contains(
                            "'=cmd|'/c calc'!A0 " + tag,
                            "'+SUM(A1:A9)",
                            "'@evil",
                            "'-" + tag + " Minus",
                            "'=HYPERLINK(\"http://evil.example\",\"Open\")");
        }
    }

    @Test
    void theMeetingsExportHoldsTheFilteredListInTheShownOrderAndNamesTheFilters() throws IOException {
        MeetingFilter filter = MeetingFilter.none().withCountry(japan);
        byte[] file = export(
                "officer",
                () -> meetingExport.meetings(
                        filter,
                        Sort.by(Sort.Direction.ASC, "meetingDate"),
                        ExportFormat.CSV,
                        out(),
                        ExportProgress.NONE));
        String text = new String(file, StandardCharsets.UTF_8);
        // Meetings are marked row by row, so the table starts with its own columns.
        assertThat(text).startsWith("\uFEFFMeeting ID,Date,Campaign,Country,");
        List<CSVRecord> rows = rows(text);
        long expected = outreach.as("officer", () -> meetings.count(filter));
        assertThat(rows).hasSize((int) expected + 1);
        List<LocalDate> dates = rows.subList(1, rows.size()).stream()
                .map(r -> LocalDate.parse(r.get(1)))
                .toList();
        assertThat(dates).isSorted();
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(r -> assertThat(r.get(3)).isEqualTo("Japan"));
    }

    @Test
    void longExportsArePagedThroughTheServiceWithoutLosingOrRepeatingRows() throws IOException {
        MeetingExport target = AopTestUtils.getTargetObject(meetingExport);
        List<Long> reported = new ArrayList<>();
        target.pageSize = 17;
        try {
            byte[] file = export(
                    "manager",
                    () -> meetingExport.meetings(
                            MeetingFilter.none(),
                            Sort.unsorted(),
                            ExportFormat.CSV,
                            out(),
                            (done, total) -> reported.add(done)));
            List<CSVRecord> rows = rows(new String(file, StandardCharsets.UTF_8));
            long total = outreach.as("manager", () -> meetings.count(MeetingFilter.none()));
            List<String> ids =
                    rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
            assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
            assertThat(reported)
                    .as("progress after each page")
                    .hasSizeGreaterThan((int) (total / 17))
                    .isSorted();
            assertThat(reported.getLast()).isEqualTo(total);
        } finally {
            target.pageSize = TableExport.PAGE_SIZE;
        }
    }

    @Test
    void followUpsExportNamesOwnerStatusAndOverdueFilter() throws IOException {
        long officerId = outreach.userId("officer");
        FollowUpFilter filter = FollowUpFilter.all().withOwner(officerId).withOverdueOnly(true);
        byte[] file =
                export("officer", () -> followUpExport.followUps(filter, ExportFormat.CSV, out(), ExportProgress.NONE));
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFDescription,Campaign,Country,Meeting ID,Owner,");
        List<CSVRecord> rows = rows(text);
        assertThat(rows.getFirst().get(8)).isEqualTo("Overdue");
        assertThat(rows).hasSize((int) (long) outreach.as("officer", () -> followUps.count(filter)) + 1);
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(r -> assertThat(r.get(8)).isEqualTo("Yes"));
    }

    @Test
    void coverageAndMatrixExportsAreForManagersOnly() throws IOException {
        long campaignId = outreach.as(
                        "manager", () -> campaigns.campaignsIn(java.util.EnumSet.of(CampaignStatus.ACTIVE)))
                .getFirst()
                .id();
        long eap = outreach.country("JP").bureauId();
        byte[] table = export(
                "manager",
                () -> coverageExport.coverage(
                        campaignId, eap, CoverageFilter.none(), ExportFormat.CSV, out(), ExportProgress.NONE));
        List<CSVRecord> rows = rows(new String(table, StandardCharsets.UTF_8));
        var countries = outreach.as(
                "manager",
                () -> context.getBean(org.outreachtracker.reference.ReferenceService.class)
                        .countries());
        long inBureau = countries.stream().filter(c -> c.bureauId() == eap).count();
        assertThat(rows).hasSize((int) inBureau + 1);
        assertThat(rows.getFirst().get(0)).isEqualTo("Handling marking");
        assertThat(rows.getFirst().get(1)).isEqualTo("Country");
        assertThat(rows.stream().filter(r -> r.get(1).equals("Japan")).findFirst())
                .isPresent();

        byte[] matrix = export(
                "manager",
                () -> coverageExport.reactionMatrix(campaignId, ExportFormat.CSV, out(), ExportProgress.NONE));
        assertThat(rows(new String(matrix, StandardCharsets.UTF_8)).getFirst().values())
                .containsExactly(
                        "Handling marking",
                        "Points version",
                        "Position",
                        "Talking point",
                        "Agreed",
                        "Receptive",
                        "Noted",
                        "Asked for more",
                        "Pushed back",
                        "Raised");

        for (String refused : List.of("officer", "admin")) {
            assertRefused(
                    refused,
                    () -> coverageExport.coverage(
                            campaignId, null, CoverageFilter.none(), ExportFormat.CSV, out(), ExportProgress.NONE));
            assertRefused(
                    refused,
                    () -> coverageExport.reactionMatrix(campaignId, ExportFormat.XLSX, out(), ExportProgress.NONE));
        }
    }

    @Test
    void listExportsAreForOfficersAndManagersNotAdministratorsOrAnonymousVisitors() {
        for (String refused : List.of("admin", "")) {
            assertRefused(
                    refused,
                    () -> meetingExport.meetings(
                            MeetingFilter.none(), Sort.unsorted(), ExportFormat.CSV, out(), ExportProgress.NONE));
            assertRefused(
                    refused,
                    () -> followUpExport.followUps(FollowUpFilter.all(), ExportFormat.CSV, out(), ExportProgress.NONE));
            assertRefused(
                    refused,
                    () -> counterpartExport.counterparts(
                            CounterpartFilter.none(), ExportFormat.XLSX, out(), ExportProgress.NONE));
        }
    }

    @Test
    void eachExportIsAuditedOnceWithWhatFiltersFormatAndRows() throws IOException {
        long before = exportedEvents("officer2");
        export(
                "officer2",
                () -> counterpartExport.counterparts(
                        new CounterpartFilter(tag, japan, null), ExportFormat.XLSX, out(), ExportProgress.NONE));
        assertThat(exportedEvents("officer2")).isEqualTo(before + 1);
        // What was exported (the filters) is outreach content: an auditor who also reads outreach sees it.
        String auditor = TestAuditor.create(outreach, accountAdmin);
        AuditEventRef event = outreach.as(
                        auditor,
                        () -> audit.search(
                                new AuditFilter("officer2", AuditAction.EXPORTED, null, null, null, null),
                                PageRequest.of(
                                        0,
                                        1,
                                        Sort.by(Sort.Direction.DESC, "occurredAt")
                                                .and(Sort.by(Sort.Direction.DESC, "id")))))
                .getContent()
                .getFirst();
        assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(event.objectType()).isEqualTo(AuditedObject.COUNTERPART);
        assertThat(event.details().note())
                .isEqualTo("Counterparts as Excel; Search: " + tag + "; Country: Japan; Level: (any); "
                        + (awkwardNames.size() + 2) + " rows");
    }

    @Test
    void exportsCarryTheHighestMarkingOfTheirMeetingsOnEachRowAndOnEachPrintedPage() throws IOException {
        String sbu = "SENSITIVE BUT UNCLASSIFIED";
        CampaignDetails campaign = outreach.activeCampaign(3, outreach.countryIds("SG"), "Marking point");
        String action = TestOutreach.unique("Follow up on the sensitive meeting");
        MeetingDraft plain = outreach.meeting(
                campaign,
                "SG",
                outreach.today(),
                Set.of(outreach.counterpart("SG", TestOutreach.unique("Marking Counterpart"))
                        .id()),
                List.of(),
                OverallResponse.RECEPTIVE,
                "Sensitive exchange.",
                List.of(new FollowUpDraft(
                        action, outreach.userId("officer"), outreach.today().plusDays(5), Priority.HIGH)));
        MeetingDraft marked = new MeetingDraft(
                plain.campaignId(),
                plain.countryId(),
                plain.postId(),
                plain.meetingDate(),
                plain.format(),
                plain.deliveredBy(),
                plain.counterpartIds(),
                plain.raisedPoints(),
                plain.overallResponse(),
                plain.summary(),
                plain.responseQuote(),
                sbu,
                plain.followUps());
        long sensitive = outreach.as("officer", () -> meetings.log(marked));
        long ordinary = outreach.as(
                "officer",
                () -> meetings.log(outreach.simpleMeeting(
                        campaign, "SG", outreach.today(), OverallResponse.NONCOMMITTAL, "Ordinary exchange.")));
        try {
            MeetingFilter filter = MeetingFilter.none().withCampaign(campaign.id());
            String csv = new String(
                    export(
                            "officer",
                            () -> meetingExport.meetings(
                                    filter, Sort.unsorted(), ExportFormat.CSV, out(), ExportProgress.NONE)),
                    StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFMeeting ID,");
            assertThat(csv.split("\r\n")).noneMatch(line -> line.startsWith("#"));
            List<CSVRecord> rows = rows(csv);
            assertThat(rows.getFirst().values())
                    .as("each meeting row has its own marking, so no column for the file's")
                    .endsWith("Marking")
                    .doesNotContain("Handling marking");
            List<String> header = List.of(rows.getFirst().values());
            int marking = header.indexOf("Marking");
            assertThat(rows.subList(1, rows.size()))
                    .extracting(r -> r.get(0) + " " + r.get(marking))
                    .containsExactlyInAnyOrder(sensitive + " " + sbu, ordinary + " UNCLASSIFIED");
            CSVRecord sensitiveRow = rows.stream()
                    .filter(r -> r.get(0).equals(String.valueOf(sensitive)))
                    .findFirst()
                    .orElseThrow();
            String bureau = outreach.as(
                    "officer",
                    () -> context.getBean(ReferenceService.class).bureaus().stream()
                            .filter(b -> b.id() == outreach.country("SG").bureauId())
                            .findFirst()
                            .orElseThrow()
                            .name());
            assertThat(sensitiveRow.get(header.indexOf("Bureau"))).isEqualTo(bureau);
            assertThat(sensitiveRow.get(header.indexOf("Delivered by"))).isEqualTo("Ambassador");
            assertThat(sensitiveRow.get(header.indexOf("Summary"))).isEqualTo("Sensitive exchange.");
            assertThat(sensitiveRow.get(header.indexOf("Follow-ups")))
                    .startsWith(action + " (" + outreach.user("officer").displayName() + ", due ");

            byte[] xlsx = export(
                    "manager",
                    () -> meetingExport.meetings(
                            filter, Sort.unsorted(), ExportFormat.XLSX, out(), ExportProgress.NONE));
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(workbook.getSheet("About").getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo(sbu);
                Sheet data = workbook.getSheet("Data");
                assertThat(data.getHeader().getCenter())
                        .as("printed at the top of each page")
                        .isEqualTo(sbu);
                assertThat(data.getFooter().getCenter()).as("and at the bottom").isEqualTo(sbu);
                assertThat(data.getRow(0).getCell(marking).getStringCellValue()).isEqualTo("Marking");
            }

            String actions = new String(
                    export(
                            "officer",
                            () -> followUpExport.followUps(
                                    FollowUpFilter.all().withCampaign(campaign.id()),
                                    ExportFormat.CSV,
                                    out(),
                                    ExportProgress.NONE)),
                    StandardCharsets.UTF_8);
            assertThat(actions).startsWith("\uFEFFDescription,");
            assertThat(rows(actions).getFirst().get(10)).isEqualTo("Marking");
            CSVRecord row = rows(actions).stream()
                    .filter(r -> r.get(0).equals(action))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.get(10)).isEqualTo(sbu);

            MeetingFilter ordinaryOnly = filter.withCounterpart(outreach.as("officer", () -> meetings.meeting(ordinary))
                    .orElseThrow()
                    .counterpartIds()
                    .iterator()
                    .next());
            List<CSVRecord> ordinaryRows = rows(new String(
                    export(
                            "officer",
                            () -> meetingExport.meetings(
                                    ordinaryOnly, Sort.unsorted(), ExportFormat.CSV, out(), ExportProgress.NONE)),
                    StandardCharsets.UTF_8));
            assertThat(ordinaryRows.subList(1, ordinaryRows.size()))
                    .extracting(r -> r.get(0))
                    .contains(String.valueOf(ordinary))
                    .doesNotContain(String.valueOf(sensitive));
            assertThat(ordinaryRows.subList(1, ordinaryRows.size()))
                    .allSatisfy(r -> assertThat(r.get(marking)).isEqualTo("UNCLASSIFIED"));
            byte[] ordinaryXlsx = export(
                    "officer",
                    () -> meetingExport.meetings(
                            ordinaryOnly, Sort.unsorted(), ExportFormat.XLSX, out(), ExportProgress.NONE));
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(ordinaryXlsx))) {
                assertThat(workbook.getSheet("About").getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("UNCLASSIFIED");
            }
        } finally {
            outreach.closeCampaigns();
        }
    }

    @Test
    void invisibleCharactersInExportedTextAreShownAsMarks() throws IOException {
        String hiddenTag = TestOutreach.unique("Hidden").replace(" ", "");
        outreach.as(
                "officer",
                () -> counterparts.create(new CounterpartDraft(
                        hiddenTag + " Report\u202Etxt.exe",
                        "Director\u200B-General",
                        "Ministry of Tests",
                        japan,
                        CounterpartLevel.SENIOR_OFFICIAL)));
        CounterpartFilter filter = new CounterpartFilter(hiddenTag, null, null);

        List<CSVRecord> rows = rows(new String(
                export(
                        "officer",
                        () -> counterpartExport.counterparts(filter, ExportFormat.CSV, out(), ExportProgress.NONE)),
                StandardCharsets.UTF_8));
        assertThat(rows.get(1).get(1)).isEqualTo(hiddenTag + " Report[U+202E]txt.exe");
        assertThat(rows.get(1).get(2)).isEqualTo("Director[U+200B]-General");

        byte[] xlsx = export(
                "officer", () -> counterpartExport.counterparts(filter, ExportFormat.XLSX, out(), ExportProgress.NONE));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("Data").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(hiddenTag + " Report[U+202E]txt.exe");
        }
    }

    private long exportedEvents(String username) {
        return outreach.as(
                "admin", () -> audit.count(new AuditFilter(username, AuditAction.EXPORTED, null, null, null, null)));
    }

    private final ThreadLocal<ByteArrayOutputStream> buffer = new ThreadLocal<>();

    private ByteArrayOutputStream out() {
        buffer.set(new ByteArrayOutputStream());
        return buffer.get();
    }

    private byte[] export(String username, Runnable export) {
        outreach.as(username, export);
        return buffer.get().toByteArray();
    }

    private void assertRefused(String username, Runnable export) {
        if (username.isEmpty()) {
            TestSignIn.anonymous();
            assertThatThrownBy(export::run).isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        } else {
            assertThatThrownBy(() -> outreach.as(username, export)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(buffer.get().size())
                .as("nothing written for a refused export")
                .isZero();
    }

    private static List<CSVRecord> rows(String text) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(body))
                .setFormat(CsvTableSink.FORMAT)
                .get()) {
            return parser.getRecords();
        }
    }
}
