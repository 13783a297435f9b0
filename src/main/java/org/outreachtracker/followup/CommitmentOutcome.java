package org.outreachtracker.followup;

/**
 * What became of a host government's commitment when its owner checked back. A commitment stays open until its
 * owner records one of the other outcomes; only open commitments fall due.
 */
public enum CommitmentOutcome {
    OPEN("Open"),
    KEPT("Kept"),
    PARTLY_KEPT("Partly kept"),
    NOT_KEPT("Not kept");

    private final String label;

    CommitmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the owner still has to check back on the commitment. */
    public boolean isOpen() {
        return this == OPEN;
    }

    /** Whether recording this outcome needs a note on what was not done. */
    public boolean needsNote() {
        return this == PARTLY_KEPT || this == NOT_KEPT;
    }
}
