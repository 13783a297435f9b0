package org.outreachtracker.counterpart;

/** How senior a counterpart is. */
public enum CounterpartLevel {
    HEAD_OF_STATE_OR_GOVERNMENT("Head of state or government"),
    MINISTER("Minister"),
    DEPUTY_MINISTER("Deputy minister"),
    SENIOR_OFFICIAL("Senior official"),
    WORKING_LEVEL("Working level"),
    OTHER("Other");

    private final String label;

    CounterpartLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
