package org.outreachtracker.meeting;

/**
 * The counterpart's overall response to the démarche, from most to least favourable. A meeting
 * without one is "response pending".
 */
public enum OverallResponse {
    SUPPORTIVE("Supportive"),
    RECEPTIVE("Receptive"),
    NONCOMMITTAL("Noncommittal"),
    SKEPTICAL("Skeptical"),
    REJECTED("Rejected");

    public static final String PENDING_LABEL = "Pending";

    private final String label;

    OverallResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label of a response that may be missing ("Pending"). */
    public static String labelOf(OverallResponse response) {
        return response == null ? PENDING_LABEL : response.label();
    }
}
