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

    /** The columns the query reads, from which {@link #document(ResultSet)} makes a document. */
    protected abstract String columns();

    /** The rest of the query, without ordering: {@code from … where <live>}. */
    protected abstract String tables();

    private String select() {
        return "select " + columns() + " " + tables();
    }

    /** The column of the record's id in the query, with its table's alias. */
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
        return jdbc.sql("select count(*) " + tables() + " and " + idColumn() + " > :after")
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
