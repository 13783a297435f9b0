package org.outreachtracker.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.outreachtracker.attachment.AttachmentRef;
import org.outreachtracker.attachment.AttachmentService;
import org.outreachtracker.campaign.CampaignDocumentDraft;
import org.outreachtracker.campaign.CampaignDocumentKind;
import org.outreachtracker.campaign.CampaignDocumentService;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.meeting.DocumentKind;
import org.outreachtracker.meeting.DocumentLeft;
import org.springframework.stereotype.Component;

/**
 * Demo documents: each campaign's instruction and its non-paper in English, French and Spanish,
 * and a non-paper or aide-mémoire left at every fifth demo meeting. The files are small PDFs and
 * text files made from the names alone, so the same demo data has the same bytes every time.
 * Called inside the demo loader's signed-in work (a manager for campaigns, the reporting officer
 * for meetings).
 */
@Component
class DemoDocuments {

    private static final List<String[]> NON_PAPER_LANGUAGES =
            List.of(new String[] {"English", "en"}, new String[] {"French", "fr"}, new String[] {"Spanish", "es"});

    private final AttachmentService attachments;
    private final CampaignDocumentService campaignDocuments;
    private final CampaignService campaigns;

    DemoDocuments(AttachmentService attachments, CampaignDocumentService campaignDocuments, CampaignService campaigns) {
        this.campaigns = campaigns;
        this.attachments = attachments;
        this.campaignDocuments = campaignDocuments;
    }

    /** The campaign's instruction and non-papers; run as a manager. */
    void forCampaign(long campaignId, String title, String cable) {
        AttachmentRef instruction = attachments.store(
                "instruction-" + slug(cable) + ".txt",
                ("INSTRUCTION " + cable + "\n\nPosts are instructed to deliver the points of \"" + title
                                + "\" at the appropriate level and to report by cable.\n")
                        .getBytes(StandardCharsets.UTF_8));
        campaignDocuments.add(
                campaignId,
                new CampaignDocumentDraft(
                        CampaignDocumentKind.INSTRUCTION, "English", "Instruction " + cable, instruction.id()));
        for (String[] language : NON_PAPER_LANGUAGES) {
            AttachmentRef file = attachments.store(
                    "non-paper-" + slug(cable) + "-" + language[1] + ".pdf",
                    DemoPdf.of("Non-paper (" + language[0] + ")", title));
            campaignDocuments.add(
                    campaignId,
                    new CampaignDocumentDraft(
                            CampaignDocumentKind.NON_PAPER, language[0], "Non-paper: " + title, file.id()));
        }
    }

    /** The documents left at the n-th demo meeting: one at every fifth; run as its reporting officer. */
    List<DocumentLeft> leftAt(int meetingNumber, long campaignId, String countryName) {
        if (meetingNumber % 5 != 0) {
            return List.of();
        }
        String campaignTitle = campaigns.campaign(campaignId).orElseThrow().title();
        boolean aideMemoire = meetingNumber % 10 == 0;
        DocumentKind kind = aideMemoire ? DocumentKind.AIDE_MEMOIRE : DocumentKind.NON_PAPER;
        AttachmentRef file = attachments.store(
                (aideMemoire ? "aide-memoire-" : "non-paper-") + slug(countryName) + "-" + meetingNumber + ".pdf",
                DemoPdf.of(kind.label() + " left in " + countryName, campaignTitle));
        return List.of(new DocumentLeft(kind, "English", "1", file.id()));
    }

    private static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
