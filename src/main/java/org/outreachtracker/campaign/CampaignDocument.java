package org.outreachtracker.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.outreachtracker.attachment.AttachmentRef;
import org.outreachtracker.base.AbstractEntity;

/** A document a campaign keeps: its instruction, a non-paper in one language. */
@Entity
@Table(name = "campaign_document")
class CampaignDocument extends AbstractEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignDocumentKind kind;

    @Column(length = 40)
    private String language;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "attachment_id", nullable = false, updatable = false)
    private long attachmentId;

    protected CampaignDocument() {}

    CampaignDocument(long campaignId, CampaignDocumentDraft draft) {
        this.campaignId = campaignId;
        this.kind = draft.kind();
        this.language = draft.language() == null || draft.language().isBlank()
                ? null
                : draft.language().strip();
        this.title = draft.title().strip();
        this.attachmentId = draft.attachmentId();
    }

    long getCampaignId() {
        return campaignId;
    }

    long getAttachmentId() {
        return attachmentId;
    }

    String describe() {
        return kind.label() + (language == null ? "" : " (" + language + ")") + ": " + title;
    }

    CampaignDocumentRef toRef(AttachmentRef file) {
        return new CampaignDocumentRef(requireId(), campaignId, kind, language, title, file);
    }
}
