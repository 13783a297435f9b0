package org.outreachtracker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short piece of a record's text around the first word a search matched, as parts that are
 * either plain text or a matched word, for the view to highlight. The text stays text: the view
 * shows it without reading any markup in it.
 */
public record Snippet(List<Part> parts) {

    /** A run of the snippet's text, {@code match} when it is a word the search asked for. */
    public record Part(String text, boolean match) {}

    /** How much text a snippet shows, in characters, about. */
    static final int LENGTH = 180;

    /** How much of it comes before the first match. */
    private static final int LEAD = 50;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’]+");

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** The snippet's text without highlighting. */
    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    /** All of a short text (a title) with the {@code wanted} words (folded) marked. */
    static Snippet whole(String text, Set<String> wanted) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return marked(flat, 0, flat.length(), wanted);
    }

    /** The piece of {@code text} around the first of the {@code wanted} words (folded), or its start. */
    static Snippet of(String text, Set<String> wanted) {
        if (text == null || text.isBlank()) {
            return new Snippet(List.of());
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        int first = -1;
        Matcher words = WORD.matcher(flat);
        while (first < 0 && words.find()) {
            if (matches(words.group(), wanted)) {
                first = words.start();
            }
        }
        int start = first <= LEAD ? 0 : flat.lastIndexOf(' ', first - LEAD) + 1;
        int end = Math.min(flat.length(), start + LENGTH);
        if (end < flat.length()) {
            int space = flat.lastIndexOf(' ', end);
            end = space > start + LENGTH / 2 ? space : end;
        }
        return marked(flat, start, end, wanted);
    }

    /** {@code flat} from {@code start} to {@code end}, matched words marked, with "…" where it is cut. */
    private static Snippet marked(String flat, int start, int end, Set<String> wanted) {
        List<Part> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new Part("… ", false));
        }
        int at = start;
        Matcher inside = WORD.matcher(flat).region(start, end);
        while (inside.find()) {
            if (matches(inside.group(), wanted)) {
                if (inside.start() > at) {
                    parts.add(new Part(flat.substring(at, inside.start()), false));
                }
                parts.add(new Part(inside.group(), true));
                at = inside.end();
            }
        }
        if (end > at) {
            parts.add(new Part(flat.substring(at, end), false));
        }
        if (end < flat.length()) {
            parts.add(new Part(" …", false));
        }
        return new Snippet(parts);
    }

    private static boolean matches(String word, Set<String> wanted) {
        for (String folded : SearchTerms.words(word)) {
            if (wanted.contains(folded)) {
                return true;
            }
        }
        return false;
    }
}
