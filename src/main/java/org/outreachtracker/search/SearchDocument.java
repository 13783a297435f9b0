package org.outreachtracker.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What global search keeps of one record: the line shown as the hit's title, the text searched
 * and shown in snippets, the date that orders hits (newest first), and the route that opens it.
 *
 * @param date the record's date (a meeting's day, a follow-up's due date); {@code null} when it
 *     has none, which sorts it after dated records
 * @param link the route that opens the record, relative to the application ("meetings/12")
 */
public record SearchDocument(SearchKind kind, long recordId, String title, String text, LocalDate date, String link) {

    /** The longest title kept. */
    public static final int TITLE_LENGTH = 500;

    /** The longest text kept: a meeting's summary, quote and document titles fit. */
    public static final int TEXT_LENGTH = 20_000;

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        title = cut(title, TITLE_LENGTH);
        text = cut(text, TEXT_LENGTH);
        Objects.requireNonNull(link, "link");
    }

    private static String cut(String value, int length) {
        String text = value == null ? "" : value.strip();
        return text.length() > length ? text.substring(0, length) : text;
    }
}
