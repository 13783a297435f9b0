package org.outreachtracker.search;

/** The kinds of record global search finds, in the order their groups are shown. */
public enum SearchKind {
    MEETING("Meetings"),
    COUNTERPART("Counterparts"),
    FOLLOW_UP("Follow-ups"),
    COMMITMENT("Commitments"),
    CAMPAIGN("Campaigns");

    private final String label;

    SearchKind(String label) {
        this.label = label;
    }

    /** The group's heading, plural. */
    public String label() {
        return label;
    }
}
