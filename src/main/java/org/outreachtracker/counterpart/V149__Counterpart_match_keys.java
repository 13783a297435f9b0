package org.outreachtracker.counterpart;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Counterparts get the key under which spellings of one name meet ({@link NameMatch}), with an
 * index to find the likely duplicates within a country.
 */
@Component
class V149__Counterpart_match_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table counterpart add column match_key varchar(" + NameMatch.KEY_LENGTH + ")");
        }
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select id, name from counterpart");
                PreparedStatement write =
                        connection.prepareStatement("update counterpart set match_key = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, NameMatch.key(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table counterpart alter column match_key set not null");
            statement.execute("create index ix_counterpart_country_match on counterpart (country_id, match_key)");
        }
    }
}
