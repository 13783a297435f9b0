package org.outreachtracker.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.outreachtracker.search.SearchDocument;
import org.outreachtracker.search.SearchIndex;
import org.outreachtracker.search.SearchKind;
import org.outreachtracker.search.SqlSearchSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meetings as global search finds them: by the summary, the counterpart's own words and the
 * documents left, under a title naming the country and the post (not the campaign: its words would make every meeting of
 * a campaign match them; campaigns are found as campaigns). Every change to a
 * meeting (logged, changed, deleted, restored) updates its entry in the same transaction.
 */
@Component
class MeetingSearch extends SqlSearchSource {

    MeetingSearch(JdbcClient jdbc, SearchIndex index) {
        super(jdbc, index);
    }

    @EventListener
    void on(MeetingChanged changed) {
        reindex(changed.meetingId());
    }

    @Override
    public SearchKind kind() {
        return SearchKind.MEETING;
    }

    @Override
    protected String columns() {
        return "m.id, m.meeting_date, m.summary, m.response_quote, c.name, p.name";
    }

    @Override
    protected String tables() {
        return """
                from meeting m
                join country c on c.id = m.country_id
                join post p on p.id = m.post_id
                where m.deleted_at is null""";
    }

    @Override
    protected String idColumn() {
        return "m.id";
    }

    @Override
    protected SearchDocument document(ResultSet row) throws SQLException {
        String quote = row.getString(4);
        return new SearchDocument(
                SearchKind.MEETING,
                row.getLong(1),
                row.getString(5) + " · " + row.getString(6),
                row.getString(3) + (quote == null || quote.isBlank() ? "" : "\n“" + quote.strip() + "”"),
                row.getObject(2, LocalDate.class),
                "meetings/" + row.getLong(1));
    }

    /** Adds the documents left at each meeting (their kind and version) to its text. */
    @Override
    protected List<SearchDocument> completed(List<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return documents;
        }
        Map<Long, List<String>> left = new HashMap<>();
        jdbc().sql("select meeting_id, kind, doc_version from meeting_document where meeting_id in (:ids)"
                        + " order by meeting_id, position")
                .param("ids", documents.stream().map(SearchDocument::recordId).toList())
                .query((ResultSet row) -> {
                    String version = row.getString(3);
                    left.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(DocumentKind.valueOf(row.getString(2)).label()
                                    + (version == null || version.isBlank() ? "" : " " + version));
                });
        if (left.isEmpty()) {
            return documents;
        }
        return documents.stream()
                .map(document -> left.containsKey(document.recordId())
                        ? new SearchDocument(
                                document.kind(),
                                document.recordId(),
                                document.title(),
                                document.text() + "\nDocuments left: "
                                        + String.join("; ", left.get(document.recordId())),
                                document.date(),
                                document.link())
                        : document)
                .toList();
    }
}
