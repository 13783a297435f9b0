package org.outreachtracker.base;

import java.util.Locale;

/**
 * Free text typed into a search box, turned into a SQL LIKE pattern that matches it as plain
 * text anywhere in a value: quotes, {@code %}, {@code _} and backslashes lose any special
 * meaning. Use with {@code lower(column) like :pattern escape '\'}.
 */
public final class SearchText {

    private SearchText() {}

    /** The pattern for "contains", or {@code null} when the text is blank. */
    public static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
