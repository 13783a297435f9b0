package org.outreachtracker.counterpart;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.outreachtracker.base.SortKeyColumn;
import org.springframework.stereotype.Component;

/**
 * Counterparts get the key their names sort by in the language's alphabetical order
 * ({@code sort_name}; "Élodie" with "Elodie", not after "Zoë"), with indexes for the directory
 * sorted by name, of all countries or of one.
 */
@Component
class V51__Counterpart_sort_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        SortKeyColumn.add(context.getConnection(), "counterpart");
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create index ix_counterpart_sort_name on counterpart (sort_name, id)");
            statement.execute(
                    "create index ix_counterpart_country_sort_name on counterpart (country_id, sort_name, id)");
        }
    }
}
