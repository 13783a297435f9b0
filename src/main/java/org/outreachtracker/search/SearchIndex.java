package org.outreachtracker.search;

import java.sql.Date;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entries global search finds, kept in the database in the same transaction as the records
 * they describe, so that every node sees a saved record at once and a failed save leaves no
 * entry behind. Features call {@link #put} when a record is saved and {@link #remove} when it is
 * deleted; the index reads nothing of theirs.
 */
@Component
public class SearchIndex {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final FullTextEngine engine;

    SearchIndex(JdbcClient jdbc, JdbcTemplate batch, FullTextEngine engine) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.engine = engine;
    }

    /** Adds or replaces the entry of a record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void put(SearchDocument document) {
        int updated = jdbc.sql("""
                        update search_entry set title = :title, body = :body, link = :link, entry_date = :date
                        where kind = :kind and record_id = :id
                        """).params(columns(document)).update();
        if (updated == 0) {
            insert(document);
        }
        engine.write(document.kind(), document.recordId(), document.date(), terms(document));
    }

    /** Adds the entries of records that have none; those that have one keep it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void putMissing(Collection<SearchDocument> documents) {
        // Which of them have an entry: one query per thousand records, not one per record.
        Set<String> present = new HashSet<>();
        Map<SearchKind, List<Long>> ids = new EnumMap<>(SearchKind.class);
        documents.forEach(document ->
                ids.computeIfAbsent(document.kind(), kind -> new ArrayList<>()).add(document.recordId()));
        ids.forEach((kind, recordIds) -> {
            for (int from = 0; from < recordIds.size(); from += 1_000) {
                jdbc.sql("select record_id from search_entry where (kind, record_id) in (:keys)")
                        .param(
                                "keys",
                                GlobalSearchService.keys(
                                        kind, recordIds.subList(from, Math.min(recordIds.size(), from + 1_000))))
                        .query(Long.class)
                        .list()
                        .forEach(id -> present.add(kind.name() + ":" + id));
            }
        });
        List<SearchDocument> missing = documents.stream()
                .filter(document -> !present.contains(document.kind().name() + ":" + document.recordId()))
                .toList();
        batch.batchUpdate(
                "insert into search_entry (kind, record_id, title, body, link, entry_date) values (?, ?, ?, ?, ?, ?)",
                missing.stream()
                        .map(document -> new Object[] {
                            document.kind().name(),
                            document.recordId(),
                            document.title(),
                            document.text(),
                            document.link(),
                            date(document)
                        })
                        .toList());
        engine.add(missing.stream()
                .map(document -> new FullTextEngine.Words(
                        document.kind(), document.recordId(), document.date(), terms(document)))
                .toList());
    }

    /** Removes the entry of a record, if it has one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(SearchKind kind, long recordId) {
        engine.erase(kind, recordId);
        jdbc.sql("delete from search_entry where kind = :kind and record_id = :id")
                .param("kind", kind.name())
                .param("id", recordId)
                .update();
    }

    /**
     * The search as a subquery selecting the ids of matching records of a kind, for a feature's
     * own list query ({@code id in (…)}); its parameters are added to {@code parameters}, named
     * with {@code prefix}. The query must not be empty.
     */
    public String recordsMatching(SearchKind kind, SearchQuery query, String prefix, Map<String, Object> parameters) {
        if (query.isEmpty()) {
            throw new IllegalArgumentException("An empty search matches no record");
        }
        return engine.recordsMatching(kind, query, prefix, parameters);
    }

    /**
     * The search as a condition on a feature's own query, that the record whose id is in
     * {@code idColumn} matches. {@code counting}: the query reads every matching row (a count), so
     * it does best to start from the matching records; otherwise (a page in the query's own order)
     * it starts from them only when they are few, and else checks its rows in order until it has
     * its page. The query must not be empty.
     */
    public Match match(
            SearchKind kind,
            SearchQuery query,
            String idColumn,
            String prefix,
            Map<String, Object> parameters,
            boolean counting) {
        boolean rare = rare(kind, query);
        if (counting || rare) {
            String records = recordsMatching(kind, query, prefix, parameters);
            return new Match(idColumn + " in (" + records + ")", records, rare);
        }
        return new Match(engine.rowMatches(kind, query, idColumn, prefix, parameters), null, false);
    }

    /**
     * Whether few records of the kind match the query: a list joined to it starts from its matches.
     * Read from a memory of how many records hold each word, so it costs nothing most of the time.
     */
    public boolean rare(SearchKind kind, SearchQuery query) {
        return engine.selective(kind, query);
    }

    /**
     * A search as a condition on a feature's query.
     *
     * @param records the subquery selecting the matching ids when the condition starts from them
     *     ({@code id in (records)}), or null when it checks each row
     * @param rare whether few records match
     */
    public record Match(String condition, String records, boolean rare) {

        /** Whether the condition starts from the matching records rather than checking each row. */
        public boolean selective() {
            return records != null;
        }
    }

    /**
     * Whether matches of several kinds, all selective, are best joined to a query as one set of
     * ids ({@code id in (… union …)}) rather than one condition per kind joined with {@code or}.
     * Always when all are rare: an {@code or} of {@code in} conditions makes H2 read the list in
     * order and check every row, and PostgreSQL hash a subquery only if it expects it to fit in
     * {@code work_mem}, else scan it again for each row (a count ran for more than 20 minutes at a
     * million meetings). For many matches, as the engine prefers.
     */
    public boolean oneSet(Match... matches) {
        for (Match match : matches) {
            if (!match.selective() || !(match.rare() || engine.joinsLargeSets())) {
                return false;
            }
        }
        return true;
    }

    private void insert(SearchDocument document) {
        jdbc.sql("""
                        insert into search_entry (kind, record_id, title, body, link, entry_date)
                        values (:kind, :id, :title, :body, :link, :date)
                        """).params(columns(document)).update();
    }

    private static Map<String, Object> columns(SearchDocument document) {
        return Map.of(
                "kind", document.kind().name(),
                "id", document.recordId(),
                "title", document.title(),
                "body", document.text(),
                "link", document.link(),
                "date", date(document));
    }

    private static SqlParameterValue date(SearchDocument document) {
        return new SqlParameterValue(Types.DATE, document.date() == null ? null : Date.valueOf(document.date()));
    }

    private static List<String> terms(SearchDocument document) {
        return SearchTerms.ofEntry(document.title(), document.text());
    }
}
