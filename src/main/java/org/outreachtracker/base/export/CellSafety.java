package org.outreachtracker.base.export;

/**
 * Keeps spreadsheet programs from running exported text as a formula ("CSV injection"): a
 * cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * is written with a leading apostrophe, in CSV and in Excel files alike. The importer undoes
 * exactly that, so an exported file reads back as it was.
 */
public final class CellSafety {

    private CellSafety() {}

    /** Whether a spreadsheet could take this text for a formula. */
    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as it is safe to write into a cell. */
    public static String neutralise(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }

    /** Undoes {@link #neutralise}: "'=x" reads back as "=x"; anything else is left as it is. */
    public static String restore(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && looksLikeFormula(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }
}
