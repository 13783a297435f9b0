package org.outreachtracker.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A feature's records read for search with one query of its own: the query's select list and
 * tables, ending in the condition that keeps only live records; this class adds the range or
 * the one record asked for. {@link #reindex(long)} is what the feature calls after saving a
 * record: it writes the record's entry, or removes it when the record is no longer live.
 */
public abstract class SqlSearchSource implements SearchSource {

    private final JdbcClient jdbc;
    private final SearchIndex index;

    @PersistenceContext
    private EntityManager entityManager;

    protected SqlSearchSource(JdbcClient jdbc, SearchIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** The query without ordering: {@code select … from … where <live>}. */
    protected abstract String select();

    /** The column of the record's id in {@link #select()}, with its table's alias. */
    protected abstract String idColumn();

    /** The document of the current row. */
    protected abstract SearchDocument document(ResultSet row) throws SQLException;

    /** Adds what the one query cannot read to a batch of documents; nothing by default. */
    protected List<SearchDocument> completed(List<SearchDocument> documents) {
        return documents;
    }

    @Override
    public List<SearchDocument> documentsAfter(long afterId, int limit) {
        return completed(
                jdbc.sql(select() + " and " + idColumn() + " > :after order by " + idColumn() + " limit :limit")
                        .param("after", afterId)
                        .param("limit", limit)
                        .query((row, n) -> document(row))
                        .list());
    }

    @Override
    public long countAfter(long afterId) {
        return jdbc.sql("select count(*) from (" + select() + " and " + idColumn() + " > :after) live")
                .param("after", afterId)
                .query(Long.class)
                .single();
    }

    /** Writes the record's entry after a change, or removes it when the record is deleted or merged. */
    public void reindex(long id) {
        // The record may have been changed through JPA in this transaction and not written yet.
        entityManager.flush();
        List<SearchDocument> found = completed(jdbc.sql(select() + " and " + idColumn() + " = :id")
                .param("id", id)
                .query((row, n) -> document(row))
                .list());
        if (found.isEmpty()) {
            index.remove(kind(), id);
        } else {
            index.put(found.getFirst());
        }
    }

    /** The database access the query runs on, for {@link #completed(List)}. */
    protected JdbcClient jdbc() {
        return jdbc;
    }
}
