package org.outreachtracker.reference;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.outreachtracker.base.SortKeyColumn;
import org.springframework.stereotype.Component;

/**
 * Countries and posts get the key their names sort by in the language's alphabetical order
 * ({@code sort_name}), so that the database pages them in the order a reader expects ("São
 * Tomé and Príncipe" before "Saudi Arabia") on H2 and PostgreSQL alike. New rows get it from
 * the application; a migration that adds countries writes it too.
 */
@Component
class V50__Name_sort_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        SortKeyColumn.add(context.getConnection(), "country");
        SortKeyColumn.add(context.getConnection(), "post");
    }
}
