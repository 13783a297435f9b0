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

    PostgresFullText(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /** PostgreSQL's planner chooses between the GIN index and the rows by itself. */
    @Override
    public boolean selective(SearchKind kind, SearchQuery query) {
        return true;
    }

    @Override
    public String rowMatches(
            SearchKind kind, SearchQuery query, String idColumn, String prefix, Map<String, Object> parameters) {
        return idColumn + " in (" + recordsMatching(kind, query, prefix, parameters) + ")";
    }

    @Override
    public String recordsMatching(SearchKind kind, SearchQuery query, String prefix, Map<String, Object> parameters) {
        parameters.put(prefix + "kind", kind.name());
        parameters.put(prefix + "query", query.webSearch());
        return "select record_id from search_entry where kind = :" + prefix + "kind"
                + " and terms @@ websearch_to_tsquery('simple', :" + prefix + "query)";
    }
}
