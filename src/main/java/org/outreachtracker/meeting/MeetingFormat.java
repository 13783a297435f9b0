package org.outreachtracker.meeting;

/** How the points were delivered. */
public enum MeetingFormat {
    IN_PERSON("In person"),
    CALL("Call"),
    VIDEO("Video"),
    DIPLOMATIC_NOTE("Diplomatic note"),
    MULTILATERAL_MARGINS("Margins of a multilateral event");

    private final String label;

    MeetingFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
