package org.outreachtracker.brief;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.outreachtracker.base.export.PdfText;
import org.outreachtracker.coverage.CountryCampaignCoverage;
import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.meeting.DeliveredPoint;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.OverallResponse;

/**
 * The country brief as a one-page A4 PDF (OpenPDF). Text is set in embedded fonts that cover
 * Latin, Greek, Cyrillic, Arabic, Chinese, Japanese and Korean ({@link PdfText}); Arabic is
 * joined and laid out right to left by the bidirectional algorithm. The handling marking is
 * printed at the top and the bottom of the page.
 */
public final class BriefPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final Color RULE = new Color(0xC8, 0xCD, 0xD4);
    private static final Color HEAD = new Color(0xEE, 0xF1, 0xF5);
    private static final Color MUTED = new Color(0x4A, 0x50, 0x58);

    private BriefPdf() {}

    /** Ever shorter lists, tried in turn until the brief fits on one page. */
    private static final int[][] CUTS = {
        {5, 6, 8, 6, 5}, {4, 5, 6, 5, 4}, {3, 4, 5, 4, 3}, {2, 3, 4, 3, 2}, {1, 2, 3, 2, 1}
    };

    /** Writes the brief as one A4 page, cutting its lists further if the page would overflow. */
    public static void write(CountryBrief brief, OutputStream out) {
        byte[] pdf = null;
        for (int[] cut : CUTS) {
            pdf = render(brief.limitedTo(cut[0], cut[1], cut[2], cut[3], cut[4]));
            if (pages(pdf) == 1) {
                break;
            }
        }
        try {
            out.write(pdf);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pages(byte[] pdf) {
        try (var reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] render(CountryBrief brief) {
        var document = new Document(PageSize.A4, 36, 36, 48, 42);
        var out = new ByteArrayOutputStream();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Marking(brief.marking()));
            document.addTitle("Country brief: " + brief.country().name());
            document.addCreator("Outreach Tracker");
            document.open();
            content(document, brief);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The brief could not be laid out as PDF.", e);
        }
        return out.toByteArray();
    }

    /** How a piece of text is set: size, style (Font.NORMAL, Font.BOLD) and colour. */
    private record Style(float size, int weight, Color color) {

        Phrase phrase(String text) {
            return PdfText.phrase(text, size, weight, color);
        }

        /** A paragraph whose characters are laid out by the bidirectional algorithm (Arabic reads right to left). */
        Paragraph paragraph(String text) {
            var paragraph = new Paragraph(phrase(text));
            paragraph.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            return paragraph;
        }
    }

    private static final Style TITLE = new Style(16, Font.BOLD, Color.BLACK);
    private static final Style HEADING = new Style(10.5f, Font.BOLD, Color.BLACK);
    private static final Style BODY = new Style(8.5f, Font.NORMAL, Color.BLACK);
    private static final Style BOLD = new Style(8.5f, Font.BOLD, Color.BLACK);
    private static final Style SMALL = new Style(8, Font.NORMAL, MUTED);
    private static final Style MARKING = new Style(9, Font.BOLD, Color.BLACK);

    private static void content(Document document, CountryBrief brief) throws DocumentException {
        document.add(TITLE.paragraph("Country brief: " + brief.country().name()));
        var meta = SMALL.paragraph(brief.bureau() + " · ISO " + brief.country().code() + " · prepared "
                + STAMP.format(brief.preparedAt()) + " by " + brief.preparedBy());
        meta.setSpacingAfter(6);
        document.add(meta);

        heading(document, "Status in each campaign" + ofTotal(brief.campaigns().size(), brief.campaignTotal()));
        if (brief.campaigns().isEmpty()) {
            document.add(BODY.paragraph("No campaign has been issued yet."));
        } else {
            PdfPTable table = table(
                    new float[] {34, 22, 10, 14, 20}, "Campaign", "Status", "Meetings", "Last meeting", "Follow-ups");
            for (CountryCampaignCoverage entry : brief.campaigns()) {
                CountryCoverage c = entry.coverage();
                cells(
                        table,
                        entry.campaign().title() + " ("
                                + entry.campaign().status().label() + ")",
                        c.status().label() + (c.targeted() || !c.status().isApproached() ? "" : " (not targeted)"),
                        String.valueOf(c.meetings()),
                        date(c.lastMeetingDate()),
                        c.openFollowUps() == 0
                                ? "—"
                                : c.openFollowUps() + " open"
                                        + (c.overdueFollowUps() > 0 ? ", " + c.overdueFollowUps() + " overdue" : ""));
            }
            document.add(table);
        }

        heading(document, "Latest meetings" + ofTotal(brief.meetings().size(), brief.meetingTotal()));
        if (brief.meetings().isEmpty()) {
            document.add(BODY.paragraph("No meetings yet."));
        } else {
            PdfPTable table =
                    table(new float[] {13, 25, 20, 28, 14}, "Date", "Campaign", "Post", "Counterparts", "Response");
            for (MeetingRow row : brief.meetings()) {
                cells(
                        table,
                        date(row.meetingDate()),
                        row.campaignTitle(),
                        row.postName(),
                        row.counterparts(),
                        OverallResponse.labelOf(row.overallResponse()));
            }
            document.add(table);
        }

        heading(
                document,
                "Counterparts and their positions"
                        + (brief.counterpartTotal() > brief.counterparts().size()
                                ? " (" + brief.counterparts().size() + " of " + brief.counterpartTotal()
                                        + ", most recently met first)"
                                : ""));
        if (brief.counterparts().isEmpty()) {
            document.add(BODY.paragraph("No counterparts in the directory."));
        } else {
            PdfPTable table = table(
                    new float[] {20, 30, 12, 38},
                    "Name",
                    "Title, organization",
                    "Last met",
                    "Latest response and reactions");
            for (CountryBrief.Position position : brief.counterparts()) {
                cells(
                        table,
                        position.counterpart().name(),
                        position.counterpart().title() + ", "
                                + position.counterpart().organization(),
                        date(position.lastMet()),
                        stance(position));
            }
            document.add(table);
        }

        heading(document, "Open follow-ups" + ofTotal(brief.followUps().size(), brief.followUpTotal()));
        if (brief.followUps().isEmpty()) {
            document.add(BODY.paragraph("None."));
        } else {
            PdfPTable table = table(new float[] {13, 47, 20, 20}, "Due", "Action", "Owner", "Status");
            for (CountryBrief.OpenFollowUp action : brief.followUps()) {
                cells(
                        table,
                        date(action.dueDate()),
                        action.description(),
                        action.owner(),
                        action.status() + (action.overdue() ? ", overdue" : ""));
            }
            document.add(table);
        }

        heading(
                document,
                "Host-government commitments" + ofTotal(brief.commitments().size(), brief.commitmentTotal()));
        if (brief.commitments().isEmpty()) {
            document.add(BODY.paragraph("None recorded."));
        } else {
            PdfPTable table = table(new float[] {13, 47, 20, 20}, "Check back on", "Commitment", "Owner", "Outcome");
            for (CountryBrief.Commitment commitment : brief.commitments()) {
                cells(
                        table,
                        date(commitment.checkBackDate()),
                        commitment.description(),
                        commitment.owner(),
                        commitment.outcome() + (commitment.due() ? ", due" : ""));
            }
            document.add(table);
        }
    }

    /** "Receptive (12 May 2026): 1 Agreed; 2 Noted" — the counterpart's stance at their latest meeting. */
    public static String stance(CountryBrief.Position position) {
        if (position.lastMet() == null) {
            return "Not met yet";
        }
        String reactions = position.lastReactions().stream()
                .map(p -> p.position() + ". " + p.label() + ": " + reaction(p))
                .collect(Collectors.joining("; "));
        return OverallResponse.labelOf(position.lastResponse()) + (reactions.isEmpty() ? "" : " — " + reactions);
    }

    private static String reaction(DeliveredPoint point) {
        return point.reaction() == null ? "not recorded" : point.reaction().label();
    }

    private static String ofTotal(int shown, long total) {
        return total > shown ? " (" + shown + " of " + total + ")" : "";
    }

    private static void heading(Document document, String text) throws DocumentException {
        var heading = HEADING.paragraph(text);
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(3);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = cell(header, BOLD);
            cell.setBackgroundColor(HEAD);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(cell(value, BODY));
        }
    }

    private static PdfPCell cell(String text, Style style) {
        var cell = new PdfPCell(style.phrase(text));
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        return cell;
    }

    private static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** The handling marking, centred at the top and the bottom of every page. */
    private static final class Marking extends PdfPageEventHelper {

        private final String marking;

        Marking(String marking) {
            this.marking = marking;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (marking == null || marking.isBlank()) {
                return;
            }
            PdfContentByte canvas = writer.getDirectContent();
            float middle = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_CENTER,
                    MARKING.phrase(marking),
                    middle,
                    document.top() + 20,
                    0,
                    PdfWriter.RUN_DIRECTION_LTR,
                    0);
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_CENTER,
                    MARKING.phrase(marking),
                    middle,
                    document.bottom() - 24,
                    0,
                    PdfWriter.RUN_DIRECTION_LTR,
                    0);
        }
    }
}
