package org.outreachtracker.campaign;

import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.attachment.AttachmentOwner;
import org.springframework.stereotype.Component;

/** A campaign's files are read by every signed-in user, while the campaign exists. */
@Component
class CampaignDocumentFiles implements AttachmentOwner {

    static final String KIND = "CAMPAIGN";

    private final CampaignRepository campaigns;
    private final CurrentUser currentUser;

    CampaignDocumentFiles(CampaignRepository campaigns, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.currentUser = currentUser;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean mayRead(long campaignId) {
        return currentUser.get().isPresent() && campaigns.existsById(campaignId);
    }
}
