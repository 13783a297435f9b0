package org.outreachtracker.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.outreachtracker.base.RuleViolationException;

/**
 * What a user typed into a search box, read the way web search engines read it: every word must
 * appear; {@code or} between words offers alternatives; a word written {@code -word} must not
 * appear; quotes group words. Anything else (operators, {@code %}, {@code _}, backslashes, SQL)
 * is only text, folded into words by {@link SearchTerms}. A search for nothing but punctuation or
 * common words has no terms: {@link #isEmpty()}.
 *
 * @param alternatives each a list of words that must all appear; a record matches one of them
 * @param excluded words that must not appear
 */
public record SearchQuery(List<List<String>> alternatives, List<String> excluded) {

    /** The longest search accepted, in characters. */
    public static final int MAX_LENGTH = 500;

    /** The most words a search may hold. */
    public static final int MAX_TERMS = 16;

    private static final Pattern CHUNK = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");

    public SearchQuery {
        alternatives = alternatives.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    /**
     * Reads a search.
     *
     * @throws RuleViolationException when the search is longer than {@value #MAX_LENGTH} characters
     *     or holds more than {@value #MAX_TERMS} words
     */
    public static SearchQuery parse(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.length() > MAX_LENGTH) {
            throw RuleViolationException.because(
                    "refusal.search.tooLong", String.valueOf(MAX_LENGTH), String.valueOf(typed.length()));
        }
        return read(typed, true);
    }

    private static SearchQuery read(String typed, boolean strict) {
        List<List<String>> alternatives = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        Matcher chunks = CHUNK.matcher(typed);
        while (chunks.find()) {
            boolean quoted = chunks.group(2) != null;
            String chunk = quoted ? chunks.group(2) : chunks.group(3);
            boolean negated = quoted ? !chunks.group(1).isEmpty() : chunk.length() > 1 && chunk.startsWith("-");
            if (!quoted && chunk.equalsIgnoreCase("or")) {
                if (!current.isEmpty()) {
                    alternatives.add(List.copyOf(current));
                    current = new LinkedHashSet<>();
                }
            } else if (negated) {
                excluded.addAll(SearchTerms.of(quoted ? chunk : chunk.substring(1)));
            } else {
                current.addAll(SearchTerms.of(chunk));
            }
        }
        if (!current.isEmpty()) {
            alternatives.add(List.copyOf(current));
        }
        excluded.removeIf(term -> alternatives.stream().anyMatch(terms -> terms.contains(term)));
        int terms = alternatives.stream().mapToInt(List::size).sum() + excluded.size();
        if (terms > MAX_TERMS && !strict) {
            return cut(alternatives, List.copyOf(excluded));
        }
        if (terms > MAX_TERMS) {
            throw RuleViolationException.because(
                    "refusal.search.tooManyWords", String.valueOf(MAX_TERMS), String.valueOf(terms));
        }
        return new SearchQuery(alternatives, List.copyOf(excluded));
    }

    /**
     * Reads a search typed into a list's filter, which has no room for a message: a search longer
     * than {@value #MAX_LENGTH} characters is cut there, and only its first {@value #MAX_TERMS}
     * words count.
     */
    public static SearchQuery lenient(String text) {
        String typed = text == null ? "" : text.strip();
        return read(typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed, false);
    }

    /** The first {@value #MAX_TERMS} words of a search, exclusions first. */
    private static SearchQuery cut(List<List<String>> alternatives, List<String> excluded) {
        List<String> keptExcluded = excluded.subList(0, Math.min(excluded.size(), MAX_TERMS / 2));
        int room = MAX_TERMS - keptExcluded.size();
        List<List<String>> kept = new ArrayList<>();
        for (List<String> terms : alternatives) {
            if (room > 0) {
                kept.add(terms.subList(0, Math.min(terms.size(), room)));
                room -= Math.min(terms.size(), room);
            }
        }
        return new SearchQuery(kept, keptExcluded);
    }

    /** Whether nothing searchable was typed (only punctuation, common words or exclusions). */
    public boolean isEmpty() {
        return alternatives.isEmpty();
    }

    /** Every word that must or may appear, each once: what snippets highlight and ranking counts. */
    public Set<String> wanted() {
        return alternatives.stream().flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The search in PostgreSQL's web search syntax ({@code websearch_to_tsquery}), rebuilt from the
     * folded words so that nothing typed reaches the database unread: each alternative's words,
     * each followed by the exclusions, alternatives joined by {@code or}.
     */
    String webSearch() {
        String exclusions = excluded.stream().map(term -> " -" + term).collect(Collectors.joining());
        return alternatives.stream()
                .map(terms -> String.join(" ", terms) + exclusions)
                .collect(Collectors.joining(" or "));
    }
}
