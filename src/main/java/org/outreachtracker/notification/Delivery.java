package org.outreachtracker.notification;

/** How a person hears of a kind of notification. Every notification shows in the application. */
public enum Delivery {
    IN_APP("In the application only"),
    IMMEDIATE_EMAIL("In the application and by e-mail at once"),
    DAILY_DIGEST("In the application and in the daily e-mail digest");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
