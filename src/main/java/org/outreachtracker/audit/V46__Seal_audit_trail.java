package org.outreachtracker.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Seals the audit events written before the trail had a hash chain, in the order they were
 * written (by id), so the chain covers the whole trail from its first event, and sets the chain's
 * head after the last. Nothing else of those events changes: their content stays as it was written.
 * On H2 the trail's guard allows exactly this (filling in an empty seal); on PostgreSQL the guard
 * is switched off for this migration's transaction only.
 */
@Component
class V46__Seal_audit_trail extends BaseJavaMigration {

    private static final int CHUNK = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        if (postgres) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter table audit_event disable trigger audit_event_no_change");
            }
        }
        long seq;
        String previous;
        try (Statement statement = connection.createStatement();
                ResultSet head = statement.executeQuery("select last_seq, last_hash from audit_chain where id = 1")) {
            head.next();
            seq = head.getLong(1);
            previous = head.getString(2);
        }
        long after = Long.MIN_VALUE;
        while (true) {
            List<Unsealed> chunk = next(connection, after);
            if (chunk.isEmpty()) {
                break;
            }
            try (PreparedStatement seal = connection.prepareStatement(
                    "update audit_event set seq = ?, prev_hash = ?, hash = ? where id = ?")) {
                for (Unsealed event : chunk) {
                    String hash = AuditSeal.hash(previous, event.fields());
                    seal.setLong(1, ++seq);
                    seal.setString(2, previous);
                    seal.setString(3, hash);
                    seal.setLong(4, event.id());
                    seal.addBatch();
                    previous = hash;
                    after = event.id();
                }
                seal.executeBatch();
            }
        }
        try (PreparedStatement head =
                connection.prepareStatement("update audit_chain set last_seq = ?, last_hash = ? where id = 1")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            head.executeUpdate();
        }
        if (postgres) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter table audit_event enable trigger audit_event_no_change");
            }
        }
    }

    private record Unsealed(long id, AuditSeal.Fields fields) {}

    private static List<Unsealed> next(Connection connection, long after) throws SQLException {
        List<Unsealed> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, occurred_at, username, action,"
                + " object_type, object_id, outcome, source_address, details from audit_event"
                + " where seq is null and id > ? order by id fetch first " + CHUNK + " rows only")) {
            select.setLong(1, after);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime time = rows.getObject(2, OffsetDateTime.class);
                    events.add(new Unsealed(
                            rows.getLong(1),
                            new AuditSeal.Fields(
                                    time.toInstant(),
                                    rows.getString(3),
                                    rows.getString(4),
                                    rows.getString(5),
                                    rows.getString(6),
                                    rows.getString(7),
                                    rows.getString(8),
                                    rows.getString(9))));
                }
            }
        }
        return events;
    }
}
