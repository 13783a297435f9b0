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
 * Follow-up actions as global search finds them: by what is to be done and the note left on
 * completion. A hit opens the meeting the action came from, or the follow-ups list.
 */
@Component
class FollowUpSearch extends SqlSearchSource {

    FollowUpSearch(JdbcClient jdbc, SearchIndex index) {
        super(jdbc, index);
    }

    @Override
    public SearchKind kind() {
        return SearchKind.FOLLOW_UP;
    }

    @Override
    protected String columns() {
        return "f.id, f.description, f.completion_note, f.due_date, f.meeting_id, c.name, u.display_name";
    }

    @Override
    protected String tables() {
        return """
                from follow_up f
                join country c on c.id = f.country_id
                join app_user u on u.id = f.owner_id
                where 1 = 1""";
    }

    @Override
    protected String idColumn() {
        return "f.id";
    }

    @Override
    protected SearchDocument document(ResultSet row) throws SQLException {
        String note = row.getString(3);
        long meetingId = row.getLong(5);
        return new SearchDocument(
                SearchKind.FOLLOW_UP,
                row.getLong(1),
                "Follow-up · " + row.getString(6) + " · " + row.getString(7),
                row.getString(2) + (note == null || note.isBlank() ? "" : "\nDone: " + note.strip()),
                row.getObject(4, LocalDate.class),
                row.wasNull() ? "follow-ups" : "meetings/" + meetingId);
    }
}
