package org.outreachtracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A word's count is asked of the database once per word and kind for a while, then again. */
class WordCountsTest {

    private final List<String> asked = new ArrayList<>();
    private final AtomicLong now = new AtomicLong();
    private final WordCounts counts = new WordCounts(
            (kind, term) -> {
                asked.add(kind + " " + term);
                return term.length() + asked.size();
            },
            now::get);

    @Test
    void aCountIsRememberedPerKindAndWordForAWhile() {
        int first = counts.count(SearchKind.MEETING, "ministry");
        now.addAndGet(WordCounts.KEPT.toNanos() - 1);
        assertThat(counts.count(SearchKind.MEETING, "ministry")).isEqualTo(first);
        assertThat(counts.count(SearchKind.COUNTERPART, "ministry")).isNotEqualTo(first);
        assertThat(asked).containsExactly("MEETING ministry", "COUNTERPART ministry");

        now.addAndGet(1);
        assertThat(counts.count(SearchKind.MEETING, "ministry"))
                .as("counted again once the time is up")
                .isNotEqualTo(first);
        assertThat(asked).hasSize(3);
    }

    @Test
    void pastTheMostRememberedTheyAreForgotten() {
        for (int i = 0; i < WordCounts.MOST; i++) {
            counts.count(SearchKind.MEETING, "w" + i);
        }
        counts.count(SearchKind.MEETING, "w0");
        assertThat(asked).hasSize(WordCounts.MOST);

        counts.count(SearchKind.MEETING, "one more");
        counts.count(SearchKind.MEETING, "w1");
        assertThat(asked).hasSize(WordCounts.MOST + 2).endsWith("MEETING one more", "MEETING w1");
    }
}
