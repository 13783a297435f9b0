package org.outreachtracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.SignedInAs;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.counterpart.CounterpartRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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
}
