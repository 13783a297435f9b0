package org.outreachtracker.mail;

/** Where a queued message stands. */
public enum MailState {
    WAITING("Waiting"),
    SENT("Sent"),
    FAILED("Failed");

    private final String label;

    MailState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
