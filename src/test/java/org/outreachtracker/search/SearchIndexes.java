package org.outreachtracker.search;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The search index with its other plans, for tests that check every plan finds the same records. */
public final class SearchIndexes {

    private SearchIndexes() {}

    /**
     * An engine of the database in use that counts every word as common (held by one record is
     * enough): lists then check their rows one by one, and counts read every match.
     */
    static FullTextEngine everyWordCommonEngine(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        JdbcTemplate batch = context.getBean(JdbcTemplate.class);
        return context.getBean(FullTextEngine.class) instanceof WordTableFullText
                ? new WordTableFullText(
                        jdbc, batch, context.getBean(TransactionTemplate.class), 1, WordTableFullText.BULK_FILL_MINIMUM)
                : new PostgresFullText(jdbc, batch, 1, PostgresFullText.FIRST_READING);
    }

    /** The search index over {@link #everyWordCommonEngine}. */
    public static SearchIndex everyWordCommon(ApplicationContext context) {
        return new SearchIndex(
                context.getBean(JdbcClient.class), context.getBean(JdbcTemplate.class), everyWordCommonEngine(context));
    }
}
