package org.outreachtracker.campaign;

import org.outreachtracker.attachment.AttachmentRef;

/** A campaign's document as its page lists it. */
public record CampaignDocumentRef(
        long id, long campaignId, CampaignDocumentKind kind, String language, String title, AttachmentRef file) {}
