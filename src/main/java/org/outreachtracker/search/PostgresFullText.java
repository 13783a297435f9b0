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

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final int raritySample;
    private final WordCounts counts = new WordCounts(this::sampleCount);

    PostgresFullText(JdbcClient jdbc, JdbcTemplate batch) {
        this(jdbc, batch, WordTableFullText.RARITY_SAMPLE);
    }

    /** {@code raritySample}: see {@link WordTableFullText#RARITY_SAMPLE}; tests set it lower. */
    PostgresFullText(JdbcClient jdbc, JdbcTemplate batch, int raritySample) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.raritySample = raritySample;
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

    @Override
    public List<Long> newest(SearchKind kind, SearchQuery query, int limit) {
        return jdbc.sql("""
                        select record_id from search_entry
                        where kind = :kind and terms @@ websearch_to_tsquery('simple', :query)
                        order by entry_date desc nulls last, record_id desc
                        limit :limit
                        """)
                .param("kind", kind.name())
                .param("query", query.webSearch())
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Whether one word of each alternative is held by fewer than {@link WordTableFullText#RARITY_SAMPLE}
     * records, counted through the GIN index up to that many. PostgreSQL's planner answered a list
     * page of a common word by reading every matching entry first (2.9 s for a word 882,292 of a
     * million meetings hold, where checking the newest meetings one by one finds 50 at once).
     */
    @Override
    public boolean selective(SearchKind kind, SearchQuery query) {
        for (List<String> terms : query.alternatives()) {
            if (terms.stream().mapToInt(term -> counts.count(kind, term)).min().orElse(0) >= raritySample) {
                return false;
            }
        }
        return true;
    }

    private int sampleCount(SearchKind kind, String term) {
        return jdbc.sql("select count(*) from (select 1 from search_entry where kind = :kind"
                        + " and terms @@ plainto_tsquery('simple', :term) limit " + raritySample + ") sample")
                .param("kind", kind.name())
                .param("term", term)
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
        parameters.put(prefix + "kind", kind.name());
        parameters.put(prefix + "query", query.webSearch());
        return "exists (select 1 from search_entry e where e.kind = :" + prefix + "kind and e.record_id = " + idColumn
                + " and e.terms @@ websearch_to_tsquery('simple', :" + prefix + "query) offset 0)";
    }

    @Override
    public String recordsMatching(SearchKind kind, SearchQuery query, String prefix, Map<String, Object> parameters) {
        parameters.put(prefix + "kind", kind.name());
        parameters.put(prefix + "query", query.webSearch());
        return "select record_id from search_entry where kind = :" + prefix + "kind"
                + " and terms @@ websearch_to_tsquery('simple', :" + prefix + "query)";
    }
}
