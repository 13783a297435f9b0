package org.outreachtracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a change of one record adds to a table of counts, without a database: each row it leaves
 * gets −1, each row it joins +1, rows it leaves and joins at once are not touched, and the rows
 * come in the given order whatever order the record lists its keys in.
 */
class CountedRowsTest {

    /** A record that counts on several rows, like a meeting on its expected objections. */
    private record Tagged(List<String> tags) {}

    private static final Comparator<String> ALPHABETICAL = Comparator.naturalOrder();

    @Test
    void aNewRecordAddsOneToEachOfItsRowsInOrder() {
        assertThat(CountedRows.changes(null, new Tagged(List.of("c", "a", "b")), Tagged::tags, ALPHABETICAL))
                .containsExactly(Map.entry("a", 1), Map.entry("b", 1), Map.entry("c", 1));
    }

    @Test
    void aRemovedRecordTakesOneFromEachOfItsRows() {
        assertThat(CountedRows.changes(new Tagged(List.of("b", "a")), null, Tagged::tags, ALPHABETICAL))
                .containsExactly(Map.entry("a", -1), Map.entry("b", -1));
    }

    @Test
    void rowsKeptAcrossTheChangeAreLeftOutAndTheOthersMoveInOrder() {
        Tagged before = new Tagged(List.of("d", "b", "a"));
        Tagged after = new Tagged(List.of("a", "c", "d"));

        assertThat(CountedRows.changes(before, after, Tagged::tags, ALPHABETICAL))
                .containsExactly(Map.entry("b", -1), Map.entry("c", 1));
    }

    @Test
    void theGivenOrderDecidesNotTheKeysOwn() {
        Tagged before = new Tagged(List.of("a"));
        Tagged after = new Tagged(List.of("b"));

        assertThat(CountedRows.changes(before, after, Tagged::tags, ALPHABETICAL.reversed()))
                .containsExactly(Map.entry("b", 1), Map.entry("a", -1));
    }

    @Test
    void anUnchangedRecordOrNoRecordAtAllChangesNothing() {
        Tagged same = new Tagged(List.of("a", "b"));

        assertThat(CountedRows.changes(same, new Tagged(List.of("b", "a")), Tagged::tags, ALPHABETICAL))
                .isEmpty();
        assertThat(CountedRows.<Tagged, String>changes(null, null, Tagged::tags, ALPHABETICAL))
                .isEmpty();
    }

    @Test
    void aKeyListedTwiceCountsTwice() {
        assertThat(CountedRows.changes(null, new Tagged(List.of("a", "a")), Tagged::tags, ALPHABETICAL))
                .containsExactly(Map.entry("a", 2));
    }
}
