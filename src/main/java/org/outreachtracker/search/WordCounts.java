package org.outreachtracker.search;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.ToIntBiFunction;

/**
 * How many records of a kind hold a word (or, as PostgreSQL counts them, all the words of an
 * alternative, given as one string), as an engine counted it (up to its sample size),
 * remembered for a while: how common a word is decides only how a list searches, never what it
 * finds, and it changes slowly, while counting it can cost more than the search (on PostgreSQL,
 * counting the first 2,000 counterparts that hold a word read the word's whole list in the index:
 * 260 ms at a million meetings, against 9 ms for the list's page).
 */
final class WordCounts {

    /** How long a count is used before it is counted again. */
    static final Duration KEPT = Duration.ofMinutes(10);

    /** The most counts remembered; past this they are all forgotten at once. */
    static final int MOST = 10_000;

    private record Word(SearchKind kind, String term) {}

    private record Counted(int count, long at) {}

    private final Map<Word, Counted> counts = new ConcurrentHashMap<>();
    private final ToIntBiFunction<SearchKind, String> counter;
    private final LongSupplier nanoTime;

    /** {@code counter} counts the records of a kind that hold a word. */
    WordCounts(ToIntBiFunction<SearchKind, String> counter) {
        this(counter, System::nanoTime);
    }

    /** {@code nanoTime}: the clock, which tests set. */
    WordCounts(ToIntBiFunction<SearchKind, String> counter, LongSupplier nanoTime) {
        this.counter = counter;
        this.nanoTime = nanoTime;
    }

    /** The count of a word, counted now unless counted less than {@link #KEPT} ago. */
    int count(SearchKind kind, String term) {
        long now = nanoTime.getAsLong();
        Word word = new Word(kind, term);
        Counted known = counts.get(word);
        if (known != null && now - known.at() < KEPT.toNanos()) {
            return known.count();
        }
        int count = counter.applyAsInt(kind, term);
        if (counts.size() >= MOST) {
            counts.clear();
        }
        counts.put(word, new Counted(count, now));
        return count;
    }
}
