package org.outreachtracker.account;

import java.time.Duration;

/** A duration in words, as settings are told to people: "15 minutes", "1 hour 30 minutes", "20 seconds". */
public final class DurationText {

    private DurationText() {}

    public static String of(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        long seconds = duration.toSecondsPart();
        var text = new StringBuilder();
        append(text, hours, "hour");
        append(text, minutes, "minute");
        append(text, seconds, "second");
        return text.isEmpty() ? "0 seconds" : text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount == 0) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
    }
}
