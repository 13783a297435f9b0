package org.outreachtracker.security.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;

/**
 * A duration in words in the page's language, as settings are told to people: "15 minutes",
 * "1 hour 30 minutes", "20 seconds" (each language with its own plural forms).
 */
final class DurationWords {

    private DurationWords() {}

    static String of(Duration duration) {
        return of(Formats.locale(), duration);
    }

    static String of(Locale locale, Duration duration) {
        var parts = new ArrayList<String>();
        if (duration.toHours() > 0) {
            parts.add(Translations.text(locale, "security.duration.hours", duration.toHours()));
        }
        if (duration.toMinutesPart() > 0) {
            parts.add(Translations.text(locale, "security.duration.minutes", duration.toMinutesPart()));
        }
        if (duration.toSecondsPart() > 0) {
            parts.add(Translations.text(locale, "security.duration.seconds", duration.toSecondsPart()));
        }
        if (parts.isEmpty()) {
            return Translations.text(locale, "security.duration.seconds", 0);
        }
        String text = parts.getFirst();
        for (String part : parts.subList(1, parts.size())) {
            text = Translations.text(locale, "security.duration.and", text, part);
        }
        return text;
    }
}
