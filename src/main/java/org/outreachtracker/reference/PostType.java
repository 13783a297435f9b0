package org.outreachtracker.reference;

/** The kinds of post. */
public enum PostType {
    EMBASSY("Embassy"),
    CONSULATE("Consulate"),
    MISSION("Mission");

    private final String label;

    PostType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
