package org.outreachtracker.coverage;

/**
 * Where a country stands in a campaign. Derived from meetings, never typed in; see
 * {@link CoverageService} for the rules.
 */
public enum CoverageStatus {
    NOT_TARGETED("Not targeted"),
    NOT_APPROACHED("Not yet approached"),
    PENDING("Approached — response pending"),
    SUPPORTIVE("Supportive"),
    RECEPTIVE("Receptive"),
    NONCOMMITTAL("Noncommittal"),
    SKEPTICAL("Skeptical"),
    REJECTED("Rejected");

    private final String label;

    CoverageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the country has been approached at all. */
    public boolean isApproached() {
        return this != NOT_TARGETED && this != NOT_APPROACHED;
    }
}
