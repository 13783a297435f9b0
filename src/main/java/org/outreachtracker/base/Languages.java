package org.outreachtracker.base;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the interface speaks, English first (the language of every bundle's base file,
 * used for any text a translation lacks), and which of them are written right to left.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ARABIC = Locale.of("ar");

    /** In the order the language choice lists them. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH, ARABIC);

    private static final List<String> RIGHT_TO_LEFT = List.of("ar", "fa", "he", "ur");

    private Languages() {}

    public static boolean isRightToLeft(Locale locale) {
        return locale != null && RIGHT_TO_LEFT.contains(locale.getLanguage());
    }

    /** The supported language a language tag names ("fr", "fr-CA"), if any. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst();
    }

    /** The first of the browser's languages (in its order of preference) that is supported; else English. */
    public static Locale best(Collection<Locale> browserLanguages) {
        return browserLanguages.stream()
                .map(locale -> supported(locale.toLanguageTag()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(ENGLISH);
    }

    /** The language's own name, as the language choice shows it ("Français", "العربية"). */
    public static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
