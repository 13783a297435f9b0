package org.outreachtracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A trail written before events were sealed: the migration seals its events in the order they
 * were written, without changing what they say, and the check then finds the whole trail intact.
 * The H2 guard lets an empty seal be filled in once, and nothing else.
 */
@Tag("slice")
class AuditSealMigrationTest {

    @Test
    void eventsWrittenBeforeSealingAreSealedInTheOrderTheyWereWritten() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:seal-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        var jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource).target("26").load().migrate();
        for (String who : new String[] {"first", "second", "third"}) {
            jdbc.update(
                    "insert into audit_event (occurred_at, username, action, object_type, object_id, outcome,"
                            + " details) values (?, ?, 'CHANGED', 'MEETING', '7', 'SUCCESS', ?)",
                    java.sql.Timestamp.from(Instant.parse("2026-03-01T10:00:00.123456Z")),
                    who,
                    "{\"note\":\"written by " + who + "\",\"changes\":[]}");
        }
        String before = jdbc.queryForObject(
                "select string_agg(username || details, '|' order by id)" + " from audit_event", String.class);

        flyway(dataSource).target("45").load().migrate();
        assertThatThrownBy(() -> jdbc.update("update audit_event set seq = 1, prev_hash = 'x', hash = 'y',"
                        + " username = 'other' where username = 'first'"))
                .as("filling in a seal while changing the event")
                .hasMessageContaining("append-only");

        flyway(dataSource).javaMigrations(new V46__Seal_audit_trail()).load().migrate();

        assertThat(jdbc.queryForList("select username from audit_event order by seq", String.class))
                .containsExactly("first", "second", "third");
        assertThat(jdbc.queryForObject("select last_seq from audit_chain where id = 1", Long.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select string_agg(username || details, '|' order by id) from audit_event", String.class))
                .as("what the events say")
                .isEqualTo(before);
        TrailCheck check = new TrailVerifier(dataSource).verify(TrailProgress.NONE, Instant.now());
        assertThat(check.intact()).as(check.summary()).isTrue();
        assertThat(check.checked()).isEqualTo(3);

        // Events appended outside the application (a restore from the command line does) join the chain.
        jdbc.execute((java.sql.Connection connection) -> {
            connection.setAutoCommit(false);
            AuditSeal.append(
                    connection,
                    java.util.List.of(new AuditSeal.Fields(
                            Instant.now(),
                            "system",
                            "RESTORED",
                            "DATABASE",
                            "backup.sql.gz",
                            "SUCCESS",
                            null,
                            "{\"note\":\"restored\",\"changes\":[]}")));
            connection.commit();
            connection.setAutoCommit(true);
            return null;
        });
        TrailCheck afterAppend = new TrailVerifier(dataSource).verify(TrailProgress.NONE, Instant.now());
        assertThat(afterAppend.intact()).as(afterAppend.summary()).isTrue();
        assertThat(afterAppend.checked()).isEqualTo(4);

        assertThatThrownBy(() -> jdbc.update("update audit_event set hash = prev_hash where seq = 2"))
                .as("a seal, once there, cannot be changed")
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update audit_event set username = 'other' where seq = 2"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where seq = 2"))
                .hasMessageContaining("append-only");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(JdbcDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2");
    }
}
