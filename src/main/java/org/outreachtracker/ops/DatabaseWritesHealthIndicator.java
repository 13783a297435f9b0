package org.outreachtracker.ops;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ({@code /actuator/health/readiness}): the database takes a write. A database
 * that answers queries but refuses every insert or update (a full disk, a read-only replica, a
 * broken constraint) leaves the node alive but unable to save anything; a load balancer must then
 * stop sending users to it. The probe updates one row of {@code health_probe} (a few
 * milliseconds), and the log says once when writes start and stop failing.
 */
@Component
class DatabaseWritesHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWritesHealthIndicator.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicBoolean failing = new AtomicBoolean();

    DatabaseWritesHealthIndicator(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Health health() {
        try {
            int updated = jdbc.update(
                    "update health_probe set probed_at = ?, probes = probes + 1 where id = 1",
                    Timestamp.from(clock.instant()));
            if (updated != 1) {
                return down("the probe row is missing from health_probe");
            }
            if (failing.compareAndSet(true, false)) {
                log.info("The database takes writes again; the node reports ready.");
            }
            return Health.up().build();
        } catch (DataAccessException e) {
            return down(e.getMostSpecificCause().getMessage());
        }
    }

    private Health down(String reason) {
        if (failing.compareAndSet(false, true)) {
            log.error("The database refuses writes; the node reports not ready until it takes them again: {}", reason);
        }
        return Health.down().withDetail("writes", "refused").build();
    }
}
