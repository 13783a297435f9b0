package org.outreachtracker.campaign;

/** Where a campaign stands. Meetings are logged against active campaigns. */
public enum CampaignStatus {
    DRAFT("Draft"),
    ACTIVE("Active"),
    CLOSED("Closed");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
