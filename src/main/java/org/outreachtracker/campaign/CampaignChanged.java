package org.outreachtracker.campaign;

/**
 * A campaign was created ({@code before} is null) or changed. {@link CampaignService} publishes it
 * last in the transaction that saves the campaign; listeners run in that transaction, so what they
 * keep commits with the campaign or not at all.
 */
public record CampaignChanged(long campaignId, CampaignDraft before, CampaignDraft after) {

    public CampaignChanged {
        if (after == null) {
            throw new IllegalArgumentException("A changed campaign has an after");
        }
    }

    /** Whether the campaign is active now. */
    public boolean activeNow() {
        return after.status() == CampaignStatus.ACTIVE;
    }
}
