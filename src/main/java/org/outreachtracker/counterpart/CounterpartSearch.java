package org.outreachtracker.counterpart;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.outreachtracker.search.SearchDocument;
import org.outreachtracker.search.SearchIndex;
import org.outreachtracker.search.SearchKind;
import org.outreachtracker.search.SqlSearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counterparts as global search finds them: by name (in any script, and in Latin letters), title,
 * organization and country. Deleted and merged entries are not found.
 */
@Component
class CounterpartSearch extends SqlSearchSource {

    CounterpartSearch(JdbcClient jdbc, SearchIndex index) {
        super(jdbc, index);
    }

    @Override
    public SearchKind kind() {
        return SearchKind.COUNTERPART;
    }

    @Override
    protected String columns() {
        return "cp.id, cp.name, cp.title, cp.organization, c.name";
    }

    @Override
    protected String tables() {
        return """
                from counterpart cp
                join country c on c.id = cp.country_id
                where cp.deleted_at is null and cp.merged_into_id is null""";
    }

    @Override
    protected String idColumn() {
        return "cp.id";
    }

    @Override
    protected SearchDocument document(ResultSet row) throws SQLException {
        return new SearchDocument(
                SearchKind.COUNTERPART,
                row.getLong(1),
                row.getString(2),
                row.getString(3) + ", " + row.getString(4) + " (" + row.getString(5) + ")",
                null,
                "counterparts/" + row.getLong(1));
    }
}
