package org.outreachtracker.meeting;

/** How a counterpart reacted to one talking point. */
public enum Reaction {
    AGREED("Agreed"),
    RECEPTIVE("Receptive"),
    NOTED("Noted"),
    ASKED_FOR_MORE("Asked for more"),
    PUSHED_BACK("Pushed back");

    private final String label;

    Reaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
