package org.outreachtracker.reference;

/**
 * Which countries to list: text found in the name or one of the ISO codes (any case), and the
 * bureau; each part optional.
 */
public record CountryFilter(String text, Long bureauId) {

    public static CountryFilter none() {
        return new CountryFilter(null, null);
    }
}
