package org.outreachtracker.audit;

/**
 * The kinds of record whose changes the audit trail follows. Outreach records (campaigns and
 * their points, counterparts, meetings, follow-ups, taskings, commitments) are read by desk officers and managers only:
 * for anyone else the trail names the fields that changed and withholds their values.
 */
public enum AuditedObject {
    USER("User", false),
    CAMPAIGN("Campaign", true),
    TALKING_POINT("Talking point", true),
    COUNTERPART("Counterpart", true),
    MEETING("Meeting", true),
    FOLLOW_UP("Follow-up", true),
    TASKING("Tasking", true),
    ATTACHMENT("Attached file", true),
    COMMITMENT("Commitment", true),
    POST("Post", false),
    COUNTRY("Country", false),
    SERVICE_CALL("Service call", false),
    PAGE("Page", false),
    UI_EVENT("Action on the page", false),
    DATABASE("Database", false),
    CALENDAR_FEED("Calendar feed", false);

    private final String label;
    private final boolean outreach;

    AuditedObject(String label, boolean outreach) {
        this.label = label;
        this.outreach = outreach;
    }

    public String label() {
        return label;
    }

    /** Whether this is an outreach record, whose content only its readers may see. */
    public boolean outreach() {
        return outreach;
    }
}
