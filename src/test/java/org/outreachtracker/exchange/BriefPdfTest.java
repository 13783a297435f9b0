package org.outreachtracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
            assertThat(text).contains("Country brief: Greece").contains("Status in each campaign (")
                    .contains(" of 20)").contains("Αθήνα Official").contains("SENSITIVE BUT UNCLASSIFIED");
        }
    }

    private static CountryBrief fullBrief() {
        var country = new CountryRef(1, "GR", "GRC", "300", "Greece", 2, "EUR", UnStatus.values()[0]);
        List<CountryCampaignCoverage> campaigns = new ArrayList<>();
        List<MeetingRow> meetings = new ArrayList<>();
        List<CountryBrief.Position> positions = new ArrayList<>();
        List<CountryBrief.OpenFollowUp> followUps = new ArrayList<>();
        List<DeliveredPoint> reactions = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            reactions.add(new DeliveredPoint(p, p, "Point label number " + p, "Text", Reaction.ASKED_FOR_MORE));
        }
        for (int i = 0; i < 20; i++) {
            var campaign = new CampaignSummary(i, LONG + " " + i, "STATE " + i, CampaignStatus.ACTIVE, DAY, null, true);
            campaigns.add(new CountryCampaignCoverage(campaign, new CountryCoverage(i, 1, true, CoverageStatus.SKEPTICAL,
                    4, DAY, 3, 2)));
            meetings.add(new MeetingRow(i, DAY, i, LONG, 1, "Greece", "EUR", 1, "Embassy Athens",
                    "Αθήνα Official, Another Official, A Third Official", MeetingFormat.CALL, OverallResponse.SKEPTICAL,
                    1, "Olivia Officer"));
            positions.add(new CountryBrief.Position(new CounterpartRef(i, 0, "Αθήνα Official " + i,
                    "Director-General for Technology and Innovation Policy", "Ministry of Digital Governance",
                    1, CounterpartLevel.SENIOR_OFFICIAL), DAY, (long) i, OverallResponse.SKEPTICAL, reactions));
            followUps.add(new CountryBrief.OpenFollowUp("Arrange an expert briefing with the cyber agency and the"
                    + " procurement office " + i, LONG, "Europe & Eurasia desk", DAY, "Open", true));
        }
        return new CountryBrief(country, "Europe & Eurasia", "SENSITIVE BUT UNCLASSIFIED", Instant.parse(
                "2026-03-05T10:00:00Z"), "Maria Manager", campaigns, 20, meetings, 20, positions, 20, followUps, 20)
                .limitedTo(5, 6, 8, 6);
    }
}
