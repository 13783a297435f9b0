package org.outreachtracker.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.outreachtracker.search.SearchDocument;
import org.outreachtracker.search.SearchIndex;
import org.outreachtracker.search.SearchKind;
import org.outreachtracker.search.SqlSearchSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Campaigns as global search finds them: by title, cable reference and objective. */
@Component
class CampaignSearch extends SqlSearchSource {

    CampaignSearch(JdbcClient jdbc, SearchIndex index) {
        super(jdbc, index);
    }

    @EventListener
    void on(CampaignChanged changed) {
        reindex(changed.campaignId());
    }

    @Override
    public SearchKind kind() {
        return SearchKind.CAMPAIGN;
    }

    @Override
    protected String columns() {
        return "c.id, c.title, c.cable_reference, c.objective, c.issue_date";
    }

    @Override
    protected String tables() {
        return "from campaign c where 1 = 1";
    }

    @Override
    protected String idColumn() {
        return "c.id";
    }

    @Override
    protected SearchDocument document(ResultSet row) throws SQLException {
        return new SearchDocument(
                SearchKind.CAMPAIGN,
                row.getLong(1),
                row.getString(2),
                row.getString(3) + "\n" + row.getString(4),
                row.getObject(5, LocalDate.class),
                "campaigns/" + row.getLong(1));
    }
}
