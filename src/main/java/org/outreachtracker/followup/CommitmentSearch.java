package org.outreachtracker.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.outreachtracker.search.SearchDocument;
import org.outreachtracker.search.SearchIndex;
import org.outreachtracker.search.SearchKind;
import org.outreachtracker.search.SqlSearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Commitments as global search finds them: by what the host government committed to and what
 * became of it. A hit opens the meeting where the commitment was made.
 */
@Component
class CommitmentSearch extends SqlSearchSource {

    CommitmentSearch(JdbcClient jdbc, SearchIndex index) {
        super(jdbc, index);
    }

    @Override
    public SearchKind kind() {
        return SearchKind.COMMITMENT;
    }

    @Override
    protected String columns() {
        return "k.id, k.description, k.outcome_note, k.check_back_date, k.meeting_id, c.name, u.display_name";
    }

    @Override
    protected String tables() {
        return """
                from commitment k
                join country c on c.id = k.country_id
                join app_user u on u.id = k.owner_id
                where 1 = 1""";
    }

    @Override
    protected String idColumn() {
        return "k.id";
    }

    @Override
    protected SearchDocument document(ResultSet row) throws SQLException {
        String note = row.getString(3);
        return new SearchDocument(
                SearchKind.COMMITMENT,
                row.getLong(1),
                "Commitment · " + row.getString(6) + " · " + row.getString(7),
                row.getString(2) + (note == null || note.isBlank() ? "" : "\nOutcome: " + note.strip()),
                row.getObject(4, LocalDate.class),
                "meetings/" + row.getLong(5));
    }
}
