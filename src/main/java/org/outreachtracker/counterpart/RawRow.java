package org.outreachtracker.counterpart;

/**
 * One row of a counterparts file as read, cell by cell, before any check.
 *
 * @param line the row's line in a CSV file, or its row number in the spreadsheet
 * @param extraValues the row has values beyond the named columns
 */
public record RawRow(
        int line, String name, String title, String organization, String country, String level, boolean extraValues) {

    boolean isBlank() {
        return blank(name) && blank(title) && blank(organization) && blank(country) && blank(level) && !extraValues;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
