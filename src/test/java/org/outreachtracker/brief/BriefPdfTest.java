package org.outreachtracker.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.coverage.CountryCampaignCoverage;
import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.coverage.CoverageStatus;
import org.outreachtracker.meeting.DeliveredPoint;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.UnStatus;

/** However full a country's record, its brief prints on one page, and says how much it left out. */
class BriefPdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);
    private static final String LONG = "Warning on the extraction and distillation of proprietary artificial"
            + " intelligence models and their procurement";

    @Test
    void aVeryFullBriefStillPrintsOnOnePage() throws IOException {
        var out = new ByteArrayOutputStream();
        BriefPdf.write(fullBrief(), out);
        try (var reader = new PdfReader(out.toByteArray())) {
            assertThat(reader.getNumberOfPages()).isOne();
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text)
                    .contains("Country brief: Greece")
                    .contains("Status in each campaign (")
                    .contains(" of 20)")
                    .contains("Host-government commitments (")
                    .contains("Αθήνα Official")
                    .contains("SENSITIVE BUT UNCLASSIFIED");
        }
    }

    /** Names as officers type them, one in each script a brief must print. */
    static final List<String> NAMES = List.of(
            "محمد الهاشمي", "王小明", "佐藤さくら", "김민준", "Сергей Лавров", "Γιώργος Παπαδόπουλος", "Łukasz Żółć-Núñez");

    @Test
    void namesInEveryScriptArePrintedAsWrittenWithArabicInReadingOrder() throws IOException {
        var out = new ByteArrayOutputStream();
        BriefPdf.write(briefWith(NAMES, "Ministry of Foreign Affairs"), out);

        String text = pdfText(out.toByteArray());
        for (String name : NAMES) {
            assertThat(text)
                    .as("the brief's text holds the counterpart " + name)
                    .contains(name);
        }
        // Each name's row keeps its title and organization too.
        assertThat(text.replaceAll("\\s+", " ").split("Director-General, Ministry of Foreign Affairs", -1))
                .hasSize(NAMES.size() + 1);
    }

    @Test
    void arabicIsDrawnJoinedAndFromRightToLeft() throws IOException {
        var out = new ByteArrayOutputStream();
        BriefPdf.write(briefWith(List.of("محمد الهاشمي"), "وزارة الخارجية"), out);

        List<TextPosition> glyphs = new ArrayList<>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                glyphs.addAll(positions);
                super.writeString(text, positions);
            }
        };
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            stripper.getText(document);
        }
        // The first letter of the name, meem, starts the word on the right; its last, yeh, ends the name on the left.
        TextPosition meem = glyphs.stream()
                .filter(g -> isForm(g, 'م'))
                .min(Comparator.comparing(TextPosition::getX))
                .orElseThrow(() -> new AssertionError("no meem printed"));
        TextPosition yeh = glyphs.stream()
                .filter(g -> isForm(g, 'ي'))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no yeh printed"));
        assertThat(yeh.getX()).as("the name ends on the left").isLessThan(meem.getX());
        // Joined letters are printed in their initial, medial or final forms, not as isolated letters.
        assertThat(glyphs)
                .anyMatch(g -> g.getUnicode().codePointAt(0) >= 0xFE70
                        && g.getUnicode().codePointAt(0) <= 0xFEFF);
    }

    @Test
    void aCharacterNoFontHoldsIsShownAsAVisibleMarkAndTheRestOfTheRowStays() throws IOException {
        var out = new ByteArrayOutputStream();
        BriefPdf.write(briefWith(List.of("Ana \uD83D\uDE42 Silva"), "Ministério das Relações Exteriores"), out);

        String text = pdfText(out.toByteArray()).replaceAll("\\s+", " ");
        assertThat(text).contains("Ana [U+1F642] Silva").contains("Ministério das Relações Exteriores");
    }

    @Test
    void invisibleCharactersInANameArePrintedAsMarks() throws IOException {
        var out = new ByteArrayOutputStream();
        BriefPdf.write(briefWith(List.of("Report\u202Etxt.exe", "Zero\u200Bwidth"), "Ministry of Tests"), out);

        String text = pdfText(out.toByteArray());
        assertThat(text).contains("Report[U+202E]txt.exe").contains("Zero[U+200B]width");
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static boolean isForm(TextPosition glyph, char letter) {
        String unicode = glyph.getUnicode();
        return Normalizer.normalize(unicode, Normalizer.Form.NFKC).equals(String.valueOf(letter));
    }

    /** A brief on Greece whose counterparts have the given names, each "Director-General" of the organization. */
    static CountryBrief briefWith(List<String> names, String organization) {
        var country = new CountryRef(1, "GR", "GRC", "300", "Greece", 2, "EUR", UnStatus.values()[0]);
        List<CountryBrief.Position> positions = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            positions.add(new CountryBrief.Position(
                    new CounterpartRef(
                            i, 0, names.get(i), "Director-General", organization, 1, CounterpartLevel.SENIOR_OFFICIAL),
                    DAY,
                    (long) i,
                    OverallResponse.RECEPTIVE,
                    List.of()));
        }
        return new CountryBrief(
                country,
                "Europe & Eurasia",
                "UNCLASSIFIED",
                Instant.parse("2026-03-05T10:00:00Z"),
                "Maria Manager",
                List.of(),
                0,
                List.of(),
                0,
                positions,
                positions.size(),
                List.of(),
                0,
                List.of(),
                0);
    }

    private static CountryBrief fullBrief() {
        var country = new CountryRef(1, "GR", "GRC", "300", "Greece", 2, "EUR", UnStatus.values()[0]);
        List<CountryCampaignCoverage> campaigns = new ArrayList<>();
        List<MeetingRow> meetings = new ArrayList<>();
        List<CountryBrief.Position> positions = new ArrayList<>();
        List<CountryBrief.OpenFollowUp> followUps = new ArrayList<>();
        List<CountryBrief.Commitment> commitments = new ArrayList<>();
        List<DeliveredPoint> reactions = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            reactions.add(new DeliveredPoint(p, p, "Point label number " + p, "Text", Reaction.ASKED_FOR_MORE));
        }
        for (int i = 0; i < 20; i++) {
            var campaign = new CampaignSummary(i, LONG + " " + i, "STATE " + i, CampaignStatus.ACTIVE, DAY, null, true);
            campaigns.add(new CountryCampaignCoverage(
                    campaign, new CountryCoverage(i, 1, true, CoverageStatus.SKEPTICAL, 4, DAY, 3, 2)));
            meetings.add(new MeetingRow(
                    i,
                    DAY,
                    i,
                    LONG,
                    1,
                    "Greece",
                    "EUR",
                    1,
                    "Embassy Athens",
                    "Αθήνα Official, Another Official, A Third Official",
                    MeetingFormat.CALL,
                    OverallResponse.SKEPTICAL,
                    1,
                    "Olivia Officer"));
            positions.add(new CountryBrief.Position(
                    new CounterpartRef(
                            i,
                            0,
                            "Αθήνα Official " + i,
                            "Director-General for Technology and Innovation Policy",
                            "Ministry of Digital Governance",
                            1,
                            CounterpartLevel.SENIOR_OFFICIAL),
                    DAY,
                    (long) i,
                    OverallResponse.SKEPTICAL,
                    reactions));
            followUps.add(new CountryBrief.OpenFollowUp(
                    "Arrange an expert briefing with the cyber agency and the" + " procurement office " + i,
                    LONG,
                    "Europe & Eurasia desk",
                    DAY,
                    "Open",
                    true));
            commitments.add(new CountryBrief.Commitment(
                    "Will review the procurement guidance for AI models of uncertain origin " + i,
                    "Olivia Officer",
                    DAY,
                    "Still open",
                    true));
        }
        return new CountryBrief(
                        country,
                        "Europe & Eurasia",
                        "SENSITIVE BUT UNCLASSIFIED",
                        Instant.parse("2026-03-05T10:00:00Z"),
                        "Maria Manager",
                        campaigns,
                        20,
                        meetings,
                        20,
                        positions,
                        20,
                        followUps,
                        20,
                        commitments,
                        20)
                .limitedTo(5, 6, 8, 6, 5);
    }
}
