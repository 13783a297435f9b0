package org.outreachtracker.tasking;

/** Why headquarters excused a post from delivering the points itself. */
public enum WaiverReason {
    NO_APPOINTMENT_POSSIBLE("No appointment possible"),
    DELIVERED_BY_PARTNER("Delivered by a partner"),
    HOST_GOVERNMENT_UNAVAILABLE("Host government unavailable");

    private final String label;

    WaiverReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
