package org.outreachtracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.outreachtracker.TestClockConfiguration;
import org.outreachtracker.audit.TrailBreak.Kind;
import org.outreachtracker.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Someone who can switch off the trail's guard (the database's owner, or anyone with the H2
 * file) removes, changes, reorders or adds an event "offline", straight in the database; the
 * administrator's check of the trail names the first broken link and what is wrong with it. Each
 * test puts the trail back as it was and checks that it is then intact again. A context of its
 * own (no demo data), so that no other test sees a broken trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "outreach.demo.enabled=false")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@Tag("application")
class AuditTamperTest {

    @Autowired
    AuditService audit;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SystemAccess systemAccess;

    /** The numbers of the events each test writes first, oldest first. */
    List<Long> numbers;

    @BeforeEach
    void writeSomeEvents() {
        long before = head();
        for (int i = 1; i <= 5; i++) {
            auditLog.event(
                    "tamper-test",
                    AuditAction.SIGN_IN_FAILED,
                    AuditedObject.USER,
                    null,
                    AuditOutcome.FAILURE,
                    "192.0.2." + i,
                    "attempt " + i);
        }
        numbers = new ArrayList<>();
        for (long n = before + 1; n <= before + 5; n++) {
            numbers.add(n);
        }
        assertThat(check().intact()).as("the trail before tampering").isTrue();
    }

    @Test
    void aRemovedEventIsReportedMissingAtTheEventAfterIt() {
        Map<String, Object> removed = event(numbers.get(2));

        TrailCheck check = withGuardOff(
                () -> jdbc.update("delete from audit_event where seq = ?", numbers.get(2)), () -> restore(removed));

        assertThat(check.firstBreak().kind()).isEqualTo(Kind.MISSING);
        assertThat(check.firstBreak().number()).isEqualTo(numbers.get(3));
        assertThat(check.firstBreak().eventId()).isEqualTo(id(numbers.get(3)));
        assertThat(check.firstBreak().explanation()).contains("One event is missing", "no. " + numbers.get(2));
        assertThat(check.checked()).as("events before the break").isEqualTo(numbers.get(2) - 1);
    }

    @Test
    void aChangedEventIsReportedChanged() {
        Map<String, Object> original = event(numbers.get(1));

        TrailCheck check = withGuardOff(
                () -> jdbc.update("update audit_event set username = 'someone-else' where seq = ?", numbers.get(1)),
                () -> jdbc.update(
                        "update audit_event set username = ? where seq = ?", original.get("username"), numbers.get(1)));

        assertThat(check.firstBreak().kind()).isEqualTo(Kind.CHANGED);
        assertThat(check.firstBreak().number()).isEqualTo(numbers.get(1));
        assertThat(check.firstBreak().explanation()).contains("was changed after it was written");
    }

    @Test
    void twoEventsSwappedAreReportedOutOfOrder() {
        long first = numbers.get(1);
        long second = numbers.get(2);
        Runnable swap = () -> {
            jdbc.update("update audit_event set seq = -1 where seq = ?", first);
            jdbc.update("update audit_event set seq = ? where seq = ?", first, second);
            jdbc.update("update audit_event set seq = ? where seq = -1", second);
        };

        TrailCheck check = withGuardOff(swap, swap);

        assertThat(check.firstBreak().kind()).isEqualTo(Kind.REORDERED);
        assertThat(check.firstBreak().number()).isEqualTo(first);
        assertThat(check.firstBreak().explanation()).contains("out of order", "after event no. " + second);
    }

    @Test
    void removedEventsAtTheEndAreReportedMissing() {
        long last = head();
        Map<String, Object> removed = event(last);

        TrailCheck check =
                withGuardOff(() -> jdbc.update("delete from audit_event where seq = ?", last), () -> restore(removed));

        assertThat(check.firstBreak().kind()).isEqualTo(Kind.MISSING);
        assertThat(check.firstBreak().explanation()).contains("The last event is missing", "no. " + last);
    }

    @Test
    void anEventAddedPastTheApplicationIsReported() {
        TrailCheck check = withGuardOff(
                () -> jdbc.update("insert into audit_event (occurred_at, username, action, outcome)"
                        + " values (current_timestamp, 'intruder', 'SIGN_IN', 'SUCCESS')"),
                () -> jdbc.update("delete from audit_event where username = 'intruder'"));

        assertThat(check.firstBreak().kind()).isEqualTo(Kind.UNSEALED);
        assertThat(check.firstBreak().username()).isEqualTo("intruder");
    }

    /**
     * Tampers with the trail with its guard switched off, checks it as the administrator, undoes
     * the tampering and checks that the trail is intact again; returns the check of the tampered trail.
     */
    private TrailCheck withGuardOff(Runnable tamper, Runnable undo) {
        TrailCheck tampered;
        guard(false);
        try {
            tamper.run();
            tampered = check();
        } finally {
            undo.run();
            guard(true);
        }
        assertThat(tampered.intact()).as("the check of the tampered trail").isFalse();
        TrailCheck repaired = check();
        assertThat(repaired.intact())
                .as("the trail put back: " + repaired.summary())
                .isTrue();
        return tampered;
    }

    private void guard(boolean on) {
        if (postgres()) {
            jdbc.execute("alter table audit_event " + (on ? "enable" : "disable") + " trigger audit_event_no_change");
        } else if (on) {
            jdbc.execute("create trigger audit_event_no_update before update on audit_event"
                    + " for each row call 'org.outreachtracker.audit.AppendOnlyTrigger'");
            jdbc.execute("create trigger audit_event_no_delete before delete on audit_event"
                    + " for each row call 'org.outreachtracker.audit.AppendOnlyTrigger'");
        } else {
            jdbc.execute("drop trigger audit_event_no_update");
            jdbc.execute("drop trigger audit_event_no_delete");
        }
    }

    private boolean postgres() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                .toLowerCase()
                .contains("postgres");
    }

    private TrailCheck check() {
        return systemAccess.asUser("admin", () -> audit.verify(TrailProgress.NONE));
    }

    private Map<String, Object> event(long number) {
        return jdbc.queryForMap("select * from audit_event where seq = ?", number);
    }

    private void restore(Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        jdbc.update(
                "insert into audit_event (" + String.join(", ", columns) + ") values ("
                        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
                columns.stream().map(row::get).toArray());
    }

    private long id(long number) {
        return jdbc.queryForObject("select id from audit_event where seq = ?", Long.class, number);
    }

    private long head() {
        return jdbc.queryForObject("select last_seq from audit_chain where id = 1", Long.class);
    }
}
