package org.outreachtracker.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's full-text search: each entry's folded words as a {@code tsvector} column with a GIN
 * index, searched with {@code websearch_to_tsquery}. The {@code simple} configuration is used
 * because the words are already folded to Latin letters by {@link SearchTerms}: a language's
 * stemming would treat names as words of that language.
 */
class PostgresFullText implements FullTextEngine {

    /** How many of a kind's newest entries are read first, looking for matches among them. */
    static final int FIRST_READING = 1_000;

    /** The most entries read in date order; sparser matches are found through the word index. */
    static final int LONGEST_READING = 50_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final int raritySample;
    private final int firstReading;
    private final WordCounts counts = new WordCounts(this::sampleCount);

    PostgresFullText(JdbcClient jdbc, JdbcTemplate batch) {
        this(jdbc, batch, WordTableFullText.RARITY_SAMPLE, FIRST_READING);
    }

    /**
     * {@code raritySample}: see {@link WordTableFullText#RARITY_SAMPLE}; {@code firstReading}: see
     * {@link #FIRST_READING}. Tests set them lower.
     */
    PostgresFullText(JdbcClient jdbc, JdbcTemplate batch, int raritySample, int firstReading) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.raritySample = raritySample;
        this.firstReading = firstReading;
    }

    @Override
    public void write(SearchKind kind, long recordId, LocalDate date, List<String> terms) {
        jdbc.sql("update search_entry set terms = to_tsvector('simple', :terms) where kind = :kind and record_id = :id")
                .param("terms", String.join(" ", terms))
                .param("kind", kind.name())
                .param("id", recordId)
                .update();
    }

    @Override
    public void add(List<Words> entries) {
        batch.batchUpdate(
                "update search_entry set terms = to_tsvector('simple', ?) where kind = ? and record_id = ?",
                entries.stream()
                        .map(entry -> new Object[] {
                            String.join(" ", entry.terms()), entry.kind().name(), entry.recordId()
                        })
                        .toList());
    }

    @Override
    public void erase(SearchKind kind, long recordId) {
        // The words go with the entry's row.
    }

    /**
     * The newest matches, found by reading the kind's newest entries in date order while matches
     * are dense among them, and through the kind's own word index when they are sparse. The
     * planner cannot tell the two apart: its statistics of the words cover every kind at once. At
     * ten million meetings it expected 136,716 commitments to hold "ministry", which only meetings
     * hold, and read all 500,000 commitments looking for them (4 s). Both ways find the same
     * records in the same order; only their cost differs.
     */
    @Override
    public List<Long> newest(SearchKind kind, SearchQuery query, int limit) {
        List<Long> found = newestAmong(kind, query, limit, firstReading);
        if (found.size() < limit && !found.isEmpty()) {
            // Read on as far as the density seen so far suggests is needed, twice over.
            long needed = 2L * limit * firstReading / found.size();
            if (needed <= LONGEST_READING) {
                found = newestAmong(kind, query, limit, (int) needed);
            }
        }
        return found.size() >= limit ? found : newestThroughIndex(kind, query, limit);
    }

    /**
     * The newest matches among the kind's {@code read} newest entries: exact when {@code limit}
     * are found, since every entry after them is older.
     */
    private List<Long> newestAmong(SearchKind kind, SearchQuery query, int limit, int read) {
        return jdbc.sql("select record_id from (select record_id, entry_date, terms from search_entry where "
                        + kindIs(kind) + " order by entry_date desc nulls last, record_id desc limit :read) newest"
                        + " where terms @@ websearch_to_tsquery('simple', :query)"
                        + " order by entry_date desc nulls last, record_id desc limit :limit")
                .param("read", read)
                .param("query", query.webSearch())
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Every match, through the kind's word index, then sorted. {@code offset 0} keeps the planner
     * from reading the newest entries instead, which {@link #newest} has found too slow.
     * <p>
     * The planner's estimate stays the one for every kind (137,093 commitments for "ministry", which
     * none holds), and so it compiled the query to machine code and started two parallel workers:
     * 172 ms at ten million meetings, where reading the empty list takes 0.03 ms. Both are switched
     * off for the rest of the transaction, the search's ({@code set_config(…, true)}); the few
     * matches this reads gain nothing from either.
     */
    private List<Long> newestThroughIndex(SearchKind kind, SearchQuery query, int limit) {
        jdbc.sql("select set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)")
                .query()
                .listOfRows();
        return jdbc.sql("select record_id from (select record_id, entry_date from search_entry where " + kindIs(kind)
                        + " and terms @@ websearch_to_tsquery('simple', :query) offset 0) matches"
                        + " order by entry_date desc nulls last, record_id desc limit :limit")
                .param("query", query.webSearch())
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Whether each alternative, all its words together, is held by fewer than
     * {@link WordTableFullText#RARITY_SAMPLE} records, counted through the kind's GIN index up to
     * that many. PostgreSQL's planner answered a list page of a common word by reading every
     * matching entry first (2.9 s for a word 882,292 of a million meetings hold, where checking the
     * newest meetings one by one finds 50 at once). The words are counted together because a name
     * of common words is rare: at ten million meetings 8,048 counterparts hold "mateo" and 8,566
     * "mensah", but 133 both, and checking meetings one by one for them took 1.2 s a page.
     */
    @Override
    public boolean selective(SearchKind kind, SearchQuery query) {
        for (List<String> terms : query.alternatives()) {
            if (counts.count(kind, String.join(" ", terms)) >= raritySample) {
                return false;
            }
        }
        return true;
    }

    /** How many records of the kind hold every one of the words (up to the sample's size). */
    private int sampleCount(SearchKind kind, String words) {
        return jdbc.sql("select count(*) from (select 1 from search_entry where " + kindIs(kind)
                        + " and terms @@ plainto_tsquery('simple', :words) limit " + raritySample + ") sample")
                .param("words", words)
                .query(Integer.class)
                .single();
    }

    @Override
    public boolean joinsLargeSets() {
        return true;
    }

    /**
     * Checks the record's own entry through {@code uq_search_entry}. {@code offset 0} keeps
     * PostgreSQL from turning the check into a join over every matching entry: it stays a check of
     * each row the query reads, in the query's order, so a page stops after its rows.
     */
    @Override
    public String rowMatches(
            SearchKind kind, SearchQuery query, String idColumn, String prefix, Map<String, Object> parameters) {
        parameters.put(prefix + "query", query.webSearch());
        return "exists (select 1 from search_entry e where e." + kindIs(kind) + " and e.record_id = " + idColumn
                + " and e.terms @@ websearch_to_tsquery('simple', :" + prefix + "query) offset 0)";
    }

    @Override
    public String recordsMatching(SearchKind kind, SearchQuery query, String prefix, Map<String, Object> parameters) {
        parameters.put(prefix + "query", query.webSearch());
        return "select record_id from search_entry where " + kindIs(kind)
                + " and terms @@ websearch_to_tsquery('simple', :" + prefix + "query)";
    }

    /**
     * The kind as a literal, not a parameter: each kind's words have an index of their own (a
     * partial index), which PostgreSQL uses only when it sees the kind while planning. The name is
     * an enum constant's, so nothing typed by a user reaches the statement this way.
     */
    private static String kindIs(SearchKind kind) {
        return "kind = '" + kind.name() + "'";
    }
}
