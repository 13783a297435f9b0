package org.outreachtracker.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The database's side of global search: how the words of an entry are stored, and how the entries
 * that match a search are found. {@link SearchIndex} keeps the entries themselves (title, text,
 * link) in one table on every database; an engine keeps what finds them fast. The one in use is
 * chosen by the database: PostgreSQL's own full-text search, or a table of words on H2.
 */
interface FullTextEngine {

    /** Stores the words of an entry, replacing any stored before. */
    void write(SearchKind kind, long recordId, LocalDate date, List<String> terms);

    /** The words of one entry. */
    record Words(SearchKind kind, long recordId, LocalDate date, List<String> terms) {}

    /** Stores the words of entries that have none stored yet (faster than {@link #write} one by one). */
    void add(List<Words> entries);

    /**
     * Called before the index is filled with many records at once ({@code records} of them): an
     * engine may set aside what makes each write slow, until {@link #afterFill()}. Searches stay
     * correct meanwhile, though they may be slower. Nothing by default.
     */
    default void beforeFill(long records) {}

    /**
     * Called when a fill has added everything, whether or not {@link #beforeFill} came first (a
     * fill may have been stopped after it): restores what it set aside. Nothing by default.
     */
    default void afterFill() {}

    /** Forgets the words of an entry. */
    void erase(SearchKind kind, long recordId);

    /** The newest records of a kind that match a search (not empty), newest first, at most {@code limit}. */
    List<Long> newest(SearchKind kind, SearchQuery query, int limit);

    /**
     * A subquery selecting the ids of the records of a kind that match a search (not empty), for
     * use as {@code id in (…)} in a feature's own query. Its parameters are added to
     * {@code parameters}, named with {@code prefix} so that two subqueries can sit in one query.
     */
    String recordsMatching(SearchKind kind, SearchQuery query, String prefix, Map<String, Object> parameters);

    /**
     * Whether few records of a kind match a search, so that a query does best to start from them;
     * otherwise it does best to check its own rows one by one, in its own order, until it has
     * enough.
     */
    boolean selective(SearchKind kind, SearchQuery query);

    /**
     * Whether a query reading every match (a count) does well with many matching ids in one
     * {@code id in (… union …)}: PostgreSQL joins such a set with a hash; H2 reads it back row by row.
     */
    boolean joinsLargeSets();

    /**
     * A condition that the record whose id is in {@code idColumn} matches the search, checked for
     * that one record: for queries that read their own rows in order and stop early.
     */
    String rowMatches(
            SearchKind kind, SearchQuery query, String idColumn, String prefix, Map<String, Object> parameters);
}
