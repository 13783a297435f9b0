package org.outreachtracker.counterpart;

/** What importing one row would do. */
public enum ImportOutcome {
    CREATE("New"),
    MATCH("Already in the directory"),
    REJECT("Rejected");

    private final String label;

    ImportOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
