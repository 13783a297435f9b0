package org.outreachtracker.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.outreachtracker.audit.TrailBreak.Kind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks the audit trail's chain from its first event to the event its head recorded when the
 * check began: every event's seal must match its fields and the seal of the event before it, and
 * the numbers must run without gaps. Reads a page of events at a time, each page on its own, so a
 * long trail holds no transaction open. Events appended during the check are left for the next.
 */
class TrailVerifier {

    static final int PAGE = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(
                    "d MMM yyyy HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final String COLUMNS = "id, seq, occurred_at, username, action, object_type, object_id, outcome,"
            + " source_address, details, prev_hash, hash";

    private final JdbcTemplate jdbc;

    TrailVerifier(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** One stored event, as the check reads it. */
    record Row(long id, Long seq, AuditSeal.Fields fields, String previousHash, String hash) {

        String describe() {
            return "event no. " + seq + " (id " + id + ", " + TIME.format(fields.occurredAt()) + ", "
                    + fields.username() + ", " + what() + ")";
        }

        private String what() {
            String action = label(fields.action());
            if (fields.objectType() == null) {
                return action;
            }
            String object;
            try {
                object = AuditedObject.valueOf(fields.objectType()).label();
            } catch (IllegalArgumentException e) {
                object = fields.objectType();
            }
            return action + " " + object + (fields.objectId() == null ? "" : " " + fields.objectId());
        }

        private static String label(String action) {
            try {
                return AuditAction.valueOf(action).label();
            } catch (IllegalArgumentException | NullPointerException e) {
                return String.valueOf(action);
            }
        }

        AuditAction action() {
            try {
                return AuditAction.valueOf(fields.action());
            } catch (IllegalArgumentException | NullPointerException e) {
                return null;
            }
        }
    }

    TrailCheck verify(TrailProgress progress, Instant now) {
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain where id = 1");
        long lastNumber = ((Number) head.get("last_seq")).longValue();
        String lastHash = (String) head.get("last_hash");
        long expected = 1;
        String previous = AuditSeal.GENESIS;
        long checked = 0;
        progress.checked(0, lastNumber);
        while (true) {
            List<Row> page = jdbc.query(
                    "select " + COLUMNS + " from audit_event where seq >= ? and seq <= ?"
                            + " order by seq, id fetch first " + PAGE + " rows only",
                    TrailVerifier::row,
                    expected,
                    lastNumber);
            if (page.isEmpty()) {
                break;
            }
            for (Row row : page) {
                TrailBreak broken = check(row, expected, previous);
                if (broken != null) {
                    return new TrailCheck(checked, lastNumber, lastHash, now, broken);
                }
                checked++;
                expected = row.seq() + 1;
                previous = row.hash();
            }
            progress.checked(checked, lastNumber);
        }
        TrailBreak end = checkEnd(expected, previous, lastNumber, lastHash);
        if (end == null) {
            end = unsealed();
        }
        progress.checked(checked, lastNumber);
        return new TrailCheck(checked, lastNumber, lastHash, now, end);
    }

    private TrailBreak check(Row row, long expected, String previous) {
        if (row.hash() == null
                || !AuditSeal.hash(String.valueOf(row.previousHash()), row.fields())
                        .equals(row.hash())) {
            return broken(
                    Kind.CHANGED,
                    row,
                    "The " + row.describe() + " was changed after it was written:"
                            + " its fields no longer match its seal.");
        }
        if (!previous.equals(row.previousHash())) {
            if (row.seq() > expected) {
                long missing = row.seq() - expected;
                return broken(
                        Kind.MISSING,
                        row,
                        (missing == 1 ? "One event is" : missing + " events are")
                                + " missing before the " + row.describe() + ": "
                                + (missing == 1 ? "no. " + expected : "nos. " + expected + " to " + (row.seq() - 1))
                                + (missing == 1 ? " was" : " were") + " removed.");
            }
            Long sealedAfter = numberOfEventSealed(row.previousHash());
            if (sealedAfter != null && sealedAfter > row.seq()) {
                return broken(
                        Kind.REORDERED,
                        row,
                        "The " + row.describe() + " is out of order: it was written" + " after event no. " + sealedAfter
                                + ", which now comes after it.");
            }
            if (sealedAfter != null) {
                return broken(
                        Kind.INSERTED,
                        row,
                        "An event was put into the trail before the " + row.describe()
                                + ": it was written right after event no. " + sealedAfter + ".");
            }
            return broken(
                    Kind.MISSING,
                    row,
                    "An event is missing before the " + row.describe()
                            + ": it was written after an event that is no longer in the trail.");
        }
        if (row.seq() != expected) {
            return broken(
                    Kind.CHANGED,
                    row,
                    "The numbering was changed at the " + row.describe() + ": it should be no. " + expected + ".");
        }
        return null;
    }

    private TrailBreak checkEnd(long expected, String previous, long lastNumber, String lastHash) {
        if (expected <= lastNumber) {
            long missing = lastNumber - expected + 1;
            String which = missing == 1 ? "no. " + lastNumber : "nos. " + expected + " to " + lastNumber;
            return new TrailBreak(
                    Kind.MISSING,
                    null,
                    expected,
                    null,
                    null,
                    null,
                    (missing == 1 ? "The last event is" : "The last " + missing + " events are") + " missing: " + which
                            + (missing == 1 ? " was" : " were") + " removed.");
        }
        if (!previous.equals(lastHash)) {
            return new TrailBreak(
                    Kind.CHANGED,
                    null,
                    lastNumber,
                    null,
                    null,
                    null,
                    "The last event, no. " + lastNumber + ", is not the one that was written: its seal differs from"
                            + " the one the chain recorded.");
        }
        return null;
    }

    /** An event with no number or seal: added past the application. */
    private TrailBreak unsealed() {
        List<Row> rows = jdbc.query(
                "select " + COLUMNS + " from audit_event where seq is null or hash is null"
                        + " order by id fetch first 1 rows only",
                TrailVerifier::row);
        if (rows.isEmpty()) {
            return null;
        }
        Row row = rows.getFirst();
        return broken(
                Kind.UNSEALED,
                row,
                "The event with id " + row.id() + " ("
                        + TIME.format(row.fields().occurredAt()) + ", "
                        + row.fields().username() + ") carries no seal: it was added past the application.");
    }

    private Long numberOfEventSealed(String hash) {
        if (hash == null) {
            return null;
        }
        List<Long> numbers =
                jdbc.queryForList("select seq from audit_event where hash = ? order by seq", Long.class, hash);
        return numbers.isEmpty() ? null : numbers.getFirst();
    }

    private static TrailBreak broken(Kind kind, Row row, String explanation) {
        return new TrailBreak(
                kind,
                row.id(),
                row.seq(),
                row.fields().occurredAt(),
                row.fields().username(),
                row.action(),
                explanation);
    }

    static Row row(ResultSet result, int index) throws SQLException {
        long seq = result.getLong("seq");
        Long number = result.wasNull() ? null : seq;
        OffsetDateTime time = result.getObject("occurred_at", OffsetDateTime.class);
        return new Row(
                result.getLong("id"),
                number,
                new AuditSeal.Fields(
                        time == null ? null : time.toInstant(),
                        result.getString("username"),
                        result.getString("action"),
                        result.getString("object_type"),
                        result.getString("object_id"),
                        result.getString("outcome"),
                        result.getString("source_address"),
                        result.getString("details")),
                result.getString("prev_hash"),
                result.getString("hash"));
    }
}
