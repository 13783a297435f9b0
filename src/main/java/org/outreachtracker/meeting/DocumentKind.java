package org.outreachtracker.meeting;

/** The kinds of document a post leaves with a counterpart. */
public enum DocumentKind {
    NON_PAPER("Non-paper"),
    AIDE_MEMOIRE("Aide-mémoire"),
    NOTE_VERBALE("Note verbale"),
    OTHER("Other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
