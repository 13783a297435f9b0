package org.outreachtracker.reference;

/**
 * A country as an administrator sees it: its codes, its bureau by name, and the version it was
 * read at (for changing the bureau).
 */
public record CountryDetails(
        long id,
        long version,
        String code,
        String alpha3,
        String numericCode,
        String name,
        long bureauId,
        String bureauName,
        UnStatus unStatus) {}
