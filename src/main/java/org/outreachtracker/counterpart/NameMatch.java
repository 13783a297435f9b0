package org.outreachtracker.counterpart;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.outreachtracker.base.HiddenCharacters;

/**
 * The key under which two spellings of one person's name meet, for finding likely duplicates in
 * the directory: written in Latin letters (ICU's transliteration from any script, so "王伟" is
 * "wang wei" and "Сергей" is "sergej"), without accents, case, punctuation or spacing, and with the
 * parts of the name in alphabetical order ("SATO Haruka" and "Haruka Sato" meet). It is a hint for
 * people to decide on, not a rule: the directory never merges by itself.
 */
public final class NameMatch {

    /** The longest key kept (the column's size); longer names are cut, which still compares. */
    public static final int KEY_LENGTH = 200;

    private static final Transliterator TO_LATIN_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private NameMatch() {}

    /** The match key of a name ("" for a name with no letters or digits). */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String latin;
        // A transliterator keeps state while it works; one at a time.
        synchronized (TO_LATIN_ASCII) {
            latin = TO_LATIN_ASCII.transliterate(HiddenCharacters.remove(name));
        }
        // Apostrophes join the parts of a name ("O'Neill" is "ONeill"); other marks separate them.
        String key = Arrays.stream(
                        latin.toLowerCase(Locale.ROOT).replaceAll("['`]", "").split("[^\\p{Alnum}]+"))
                .filter(part -> !part.isEmpty())
                .sorted()
                .collect(Collectors.joining(" "));
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }
}
