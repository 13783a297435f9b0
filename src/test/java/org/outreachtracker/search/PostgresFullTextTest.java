package org.outreachtracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.PostgresTest;
import org.outreachtracker.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * PostgreSQL's newest matches, which read the newest entries first and turn to the kind's word
 * index when matches are sparse among them: every way gives the newest matches, newest first, as
 * sorting all the entries in memory gives them; and words many entries hold can be rare together.
 * Entries are written straight into the index, with record ids no record has, and removed
 * afterwards.
 */
@IntegrationTest
@PostgresTest
@ActiveProfiles({"test", PostgresTestDatabase.PROFILE})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresFullTextTest {

    private record Entry(long recordId, LocalDate date, String words) {}

    private static final SearchKind KIND = SearchKind.COMMITMENT;
    private static final int ENTRIES = 40;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate batch;

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final List<Entry> entries = new ArrayList<>();

    /**
     * Forty commitments, three without a date: "every…" in all of them, "fifth…" in every fifth,
     * "oldest…" in the three oldest dated ones; and one meeting holding every word, which a search
     * of commitments must not find.
     */
    @BeforeAll
    void writeEntries() {
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < ENTRIES; i++) {
            List<String> words = new ArrayList<>(List.of("every" + tag));
            if (i % 5 == 0) {
                words.add("fifth" + tag);
            }
            if (i >= 3 && i < 6) {
                words.add("oldest" + tag);
            }
            // Ids run against the dates for some entries, so the order is the dates' and not the ids'.
            entries.add(new Entry(
                    -1_000_000L - (i * 7L % ENTRIES), i < 3 ? null : first.plusDays(i / 2), String.join(" ", words)));
        }
        entries.forEach(entry -> write(KIND, entry));
        write(
                SearchKind.MEETING,
                new Entry(-1_000_000L, first.plusYears(5), "every%1$s fifth%1$s oldest%1$s".formatted(tag)));
    }

    @AfterAll
    void removeEntries() {
        jdbc.sql("delete from search_entry where record_id <= -1000000 and record_id > -2000000")
                .update();
    }

    @Test
    void everyWayFindsTheNewestMatchesNewestFirst() {
        List<PostgresFullText> engines = List.of(
                new PostgresFullText(jdbc, batch, 2_000, 1),
                new PostgresFullText(jdbc, batch, 2_000, 4),
                new PostgresFullText(jdbc, batch, 2_000, PostgresFullText.FIRST_READING));
        for (String word : List.of("every", "fifth", "oldest")) {
            for (int limit : List.of(1, 3, 5, 8, 39, 100)) {
                List<Long> expected = newest(word + tag, limit);
                for (PostgresFullText engine : engines) {
                    assertThat(engine.newest(KIND, SearchQuery.parse(word + tag), limit))
                            .as("%s, %d", word, limit)
                            .containsExactlyElementsOf(expected);
                }
            }
        }
        assertThat(newest("oldest" + tag, 100))
                .as("the three oldest dated entries")
                .hasSize(3);
        assertThat(newest("every" + tag, 100)).hasSize(ENTRIES);
    }

    @Test
    void aWordNoEntryOfTheKindHoldsFindsNothing() {
        var engine = new PostgresFullText(jdbc, batch, 2_000, 4);
        assertThat(engine.newest(KIND, SearchQuery.parse("zzznothing" + tag), 10))
                .isEmpty();
        assertThat(engine.newest(SearchKind.MEETING, SearchQuery.parse("oldest" + tag), 10))
                .containsExactly(-1_000_000L);
    }

    @Test
    void wordsManyEntriesHoldAreRareTogether() {
        // Counted up to three: "fifth" is held by eight entries, "oldest" by three, both by one.
        var engine = new PostgresFullText(jdbc, batch, 3, PostgresFullText.FIRST_READING);
        assertThat(engine.selective(KIND, SearchQuery.parse("fifth" + tag))).isFalse();
        assertThat(engine.selective(KIND, SearchQuery.parse("oldest" + tag))).isFalse();
        assertThat(engine.selective(KIND, SearchQuery.parse("fifth" + tag + " oldest" + tag)))
                .isTrue();
        assertThat(engine.selective(KIND, SearchQuery.parse("fifth" + tag + " oldest" + tag + " or every" + tag)))
                .as("every alternative must be rare")
                .isFalse();
    }

    /** The newest entries of {@link #KIND} holding the word, sorted here: date, newest first, then none; then id. */
    private List<Long> newest(String word, int limit) {
        return entries.stream()
                .filter(entry -> List.of(entry.words().split(" ")).contains(word))
                .sorted(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Entry::recordId, Comparator.reverseOrder()))
                .limit(limit)
                .map(Entry::recordId)
                .toList();
    }

    private void write(SearchKind kind, Entry entry) {
        jdbc.sql("""
                        insert into search_entry (kind, record_id, title, body, link, entry_date, terms)
                        values (:kind, :id, 'entry', '', '', :date, to_tsvector('simple', :words))
                        """)
                .param("kind", kind.name())
                .param("id", entry.recordId())
                .param("date", entry.date())
                .param("words", entry.words())
                .update();
    }
}
