package org.outreachtracker.search;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.outreachtracker.base.HiddenCharacters;

/**
 * The words of a text as search compares them: written in Latin letters (ICU's transliteration
 * from any script, so "王伟" is "wang wei" and "محمد" is "mhmd"), without accents or case, split at
 * anything that is not a letter or digit. "Müller" and "muller" are one word, and a name typed in
 * its own script finds it written in that script. The most common English and French words are
 * left out: they would match nearly everything.
 */
public final class SearchTerms {

    /** The longest word kept; longer ones are cut, which still compares. */
    public static final int TERM_LENGTH = 40;

    /** A transliterator keeps state while it works: one per thread. */
    private static final ThreadLocal<Transliterator> TO_LATIN_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private static final Set<String> COMMON = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "that",
            "the", "this", "to", "was", "were", "with", "de", "des", "du", "et", "la", "le", "les");

    private SearchTerms() {}

    /** The words of an entry: its title's and its text's, each once. */
    public static List<String> ofEntry(String title, String text) {
        return Stream.concat(of(title).stream(), of(text).stream()).distinct().toList();
    }

    /** The distinct words of a text, in the order they first appear. */
    public static List<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (!COMMON.contains(word)) {
                terms.add(word);
            }
        }
        return List.copyOf(terms);
    }

    /** Every word of a text, common ones included, in order and with repeats. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        // Apostrophes join a word's parts ("O'Neill" is "oneill"); other marks separate words.
        for (String word : fold(text).replaceAll("['`’]", "").split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word.length() > TERM_LENGTH ? word.substring(0, TERM_LENGTH) : word);
            }
        }
        return words;
    }

    /** Whether a word is one of the common words left out of searches. */
    static boolean common(String word) {
        return COMMON.contains(word);
    }

    /**
     * The text in lower-case Latin letters. Transliterating is slow on long texts (90 ms for 9,000
     * characters of English with a few dashes), so only the pieces between spaces that hold other
     * characters go through it.
     */
    private static String fold(String text) {
        String visible = HiddenCharacters.remove(text);
        if (ascii(visible)) {
            return visible.toLowerCase(Locale.ROOT);
        }
        StringBuilder folded = new StringBuilder(visible.length());
        for (String piece : visible.split("\\s+")) {
            folded.append(
                            ascii(piece)
                                    ? piece.toLowerCase(Locale.ROOT)
                                    : TO_LATIN_ASCII.get().transliterate(piece))
                    .append(' ');
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
