package org.outreachtracker.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A document a manager adds to a campaign, with its file already uploaded. */
public record CampaignDocumentDraft(
        @NotNull(message = "Choose the kind of document.") CampaignDocumentKind kind,

        @Size(max = 40, message = "Use at most 40 characters.")
        String language,

        @NotBlank(message = "Give the document a title.") @Size(max = 200, message = "Use at most 200 characters.")
        String title,

        @NotNull(message = "Attach the file.") Long attachmentId) {}
