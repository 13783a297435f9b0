package org.outreachtracker.coverage;

/**
 * Where a country stands in a campaign. Derived from meetings, never typed in; see
 * {@link CoverageService} for the rules.
 */
public enum CoverageStatus {
    NOT_TARGETED("Not targeted"),
    NOT_APPROACHED("Not yet approached"),
    /** Every meeting was a partner's delivery without us (a joint démarche's partner went alone). */
    APPROACHED_BY_PARTNER("Approached by a partner only"),
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

    /** Whether we have approached the country (a partner's approach alone does not count). */
    public boolean isApproached() {
        return this != NOT_TARGETED && this != NOT_APPROACHED && this != APPROACHED_BY_PARTNER;
    }
}
