package org.outreachtracker.audit;

/** The kinds of record whose changes the audit trail follows. */
public enum AuditedObject {
    USER("User"),
    CAMPAIGN("Campaign"),
    TALKING_POINT("Talking point"),
    COUNTERPART("Counterpart"),
    MEETING("Meeting"),
    FOLLOW_UP("Follow-up"),
    POST("Post"),
    COUNTRY("Country"),
    SERVICE_CALL("Service call"),
    PAGE("Page"),
    UI_EVENT("Action on the page"),
    DATABASE("Database");

    private final String label;

    AuditedObject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
