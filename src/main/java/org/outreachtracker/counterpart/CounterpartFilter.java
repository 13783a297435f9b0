package org.outreachtracker.counterpart;

/**
 * What to look for in the directory; every part is optional.
 *
 * @param text matched, as plain text, anywhere in the name, title or organization
 */
public record CounterpartFilter(String text, Long countryId, CounterpartLevel level) {

    public static CounterpartFilter none() {
        return new CounterpartFilter(null, null, null);
    }
}
