package org.outreachtracker.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 database's guard on the audit trail: any update or delete of an audit event fails.
 * Installed by the migration {@code db/vendor/h2/V6__audit_append_only.sql}.
 */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("Audit events are append-only: changing or deleting one is refused.");
    }
}
