package org.outreachtracker.reference.ui;

import java.util.Locale;
import java.util.Map;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.reference.CountryRef;

/**
 * A country's name in the page's language. In English it is the name kept in the reference data
 * (which administrators may edit); in another language it is the name the Unicode CLDR data of
 * the Java runtime gives for the country's ISO code ("اليابان", "Japon"), or the kept name where
 * that data has none.
 */
public final class CountryNames {

    private CountryNames() {}

    public static String of(CountryRef country) {
        return of(country.code(), country.name());
    }

    /** The name of a country known by its id in {@code countries}; its kept name otherwise. */
    public static String of(Map<Long, CountryRef> countries, long countryId, String keptName) {
        CountryRef country = countries.get(countryId);
        return country == null ? keptName : of(country.code(), keptName);
    }

    public static String of(String code, String keptName) {
        return of(code, keptName, Formats.locale());
    }

    static String of(String code, String keptName, Locale language) {
        if (code == null || code.isBlank() || language.getLanguage().equals(Languages.ENGLISH.getLanguage())) {
            return keptName;
        }
        String name = Locale.of("", code).getDisplayCountry(language);
        // Without a name of its own, the runtime gives the code back.
        return name.isBlank() || name.equalsIgnoreCase(code) ? keptName : name;
    }
}
