package org.outreachtracker.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.SignedInAs;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.StartupLock;
import org.outreachtracker.counterpart.CounterpartRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records written before search existed are added to its index in the background: what is
 * missing is added, what is there is kept, and search says it is complete only afterwards.
 */
@IntegrationTest
@SignedInAs("officer")
class SearchBackfillTest {

    @Autowired
    SearchBackfill backfill;

    @Autowired
    SearchIndex index;

    @Autowired
    GlobalSearchService search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    @Autowired
    List<SearchSource> sources;

    @Autowired
    FullTextEngine engine;

    @Autowired
    JdbcTemplate batch;

    @Autowired
    StartupLock lock;

    @Test
    void aRecordMissingFromTheIndexIsAddedAndTheOthersAreKept() {
        TestOutreach outreach = new TestOutreach(context);
        String name = "Backfillia" + TestOutreach.unique("").replaceAll("[^a-z]", "");
        CounterpartRef missing = outreach.counterpart("IT", "Paola " + name);
        int entries = entries();
        transactions.executeWithoutResult(status -> index.remove(SearchKind.COUNTERPART, missing.id()));
        jdbc.sql("update search_backfill set finished = false, done_through = 0 where kind = 'COUNTERPART'")
                .update();
        assertThat(hits(name)).isZero();
        assertThat(search.indexComplete()).isFalse();

        backfill.fill();

        assertThat(hits(name)).isEqualTo(1);
        assertThat(entries()).as("nothing is indexed twice").isEqualTo(entries);
        assertThat(search.indexComplete()).isTrue();
    }

    @Test
    void onH2ALargeFillSetsTheWordIndexAsideAndBuildsItAgainAtTheEnd() {
        assumeTrue(engine instanceof WordTableFullText, "the word index is H2's");
        TestOutreach outreach = new TestOutreach(context);
        String name = "Bulkfillia" + TestOutreach.unique("").replaceAll("[^a-z]", "");
        CounterpartRef missing = outreach.counterpart("FR", "Claire " + name);
        int entries = entries();
        transactions.executeWithoutResult(status -> index.remove(SearchKind.COUNTERPART, missing.id()));
        // Every kind from the start: more records to add than the index holds.
        jdbc.sql("update search_backfill set finished = false, done_through = 0")
                .update();
        List<Boolean> wordIndexWhileFilling = new ArrayList<>();
        List<SearchSource> watched = sources.stream()
                .map(source -> (SearchSource) new SearchSource() {
                    @Override
                    public SearchKind kind() {
                        return source.kind();
                    }

                    @Override
                    public List<SearchDocument> documentsAfter(long afterId, int limit) {
                        wordIndexWhileFilling.add(wordIndexExists());
                        return source.documentsAfter(afterId, limit);
                    }

                    @Override
                    public long countAfter(long afterId) {
                        return source.countAfter(afterId);
                    }
                })
                .toList();
        var bulk = new SearchBackfill(
                watched,
                index,
                new WordTableFullText(jdbc, batch, transactions, WordTableFullText.RARITY_SAMPLE, 1),
                jdbc,
                transactions,
                lock,
                true);

        bulk.fill();

        assertThat(wordIndexWhileFilling).isNotEmpty().containsOnly(false);
        assertThat(wordIndexExists()).isTrue();
        assertThat(hits(name)).isEqualTo(1);
        assertThat(entries()).as("nothing is indexed twice").isEqualTo(entries);
        assertThat(search.indexComplete()).isTrue();
    }

    @Test
    void onH2AFillStoppedWhileTheWordIndexWasAsideBuildsItAtTheNextStart() {
        assumeTrue(engine instanceof WordTableFullText, "the word index is H2's");
        jdbc.sql("drop index ix_search_term_word").update();
        jdbc.sql("update search_backfill set finished = false where kind = 'CAMPAIGN'")
                .update();
        jdbc.sql("update search_backfill set done_through = (select max(id) from campaign) where kind = 'CAMPAIGN'")
                .update();
        assertThat(search.indexComplete()).isFalse();

        backfill.fill();

        assertThat(wordIndexExists()).isTrue();
        assertThat(search.indexComplete()).isTrue();
    }

    @Test
    void onH2WhileTheWordIndexIsBuiltSavesSetTheirWordsAsideAndSearchesGetAMessage() {
        assumeTrue(engine instanceof WordTableFullText, "the word index is H2's");
        WordTableFullText words = (WordTableFullText) engine;
        String name = "Pendingia" + TestOutreach.unique("").replaceAll("[^a-z]", "");
        words.beginBuilding();
        CounterpartRef saved;
        try {
            saved = new TestOutreach(context).counterpart("ES", "Lucia " + name);
            assertThat(jdbc.sql("select count(*) from search_pending where kind = 'COUNTERPART' and record_id = :id")
                            .param("id", saved.id())
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThatThrownBy(() -> search.search(name))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("Try again in a few minutes");
        } finally {
            words.endBuilding();
        }

        words.afterFill();

        assertThat(hits(name)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from search_pending")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private boolean wordIndexExists() {
        return jdbc.sql("select count(*) from information_schema.indexes where index_name = 'ix_search_term_word'")
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private int hits(String word) {
        return search.search(word).groups().stream()
                .mapToInt(SearchGroup::matches)
                .sum();
    }

    private int entries() {
        return jdbc.sql("select count(*) from search_entry")
                .query(Integer.class)
                .single();
    }

    @Test
    void anOperatorMayPutTheFillOff() {
        jdbc.sql("update search_backfill set finished = false where kind = 'CAMPAIGN'")
                .update();
        try {
            StartupLock watched = mock(StartupLock.class);
            var putOff = new SearchBackfill(sources, index, engine, jdbc, transactions, watched, false);
            var started = new SearchBackfill(sources, index, engine, jdbc, transactions, watched, true);

            putOff.start();
            verify(watched, after(500).never()).runExclusively(eq("search-backfill"), any());
            started.start();
            verify(watched, timeout(10_000)).runExclusively(eq("search-backfill"), any());
            putOff.stop();
            started.stop();
        } finally {
            backfill.fill();
        }
        assertThat(search.indexComplete()).isTrue();
    }
}
