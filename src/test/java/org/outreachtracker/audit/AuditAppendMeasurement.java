package org.outreachtracker.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.outreachtracker.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test (not run by the build; its name does not end in "Test"): measures what sealing costs
 * per audit event, against an unsealed insert in its own transaction (what the trail did before),
 * one writer at a time and eight at once, on an H2 file database as in production (WRITE_DELAY=0),
 * or on PostgreSQL with {@code -Dspring.profiles.active=test,pg}. Run it alone:
 * {@code ./mvnw test -Dtest=AuditAppendMeasurement}; the figures go to standard output.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "outreach.demo.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/audit-measurement/db-${random.uuid};MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
        })
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class AuditAppendMeasurement {

    static final int EVENTS = 3000;
    static final int THREADS = 8;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void measure() throws Exception {
        var template = new TransactionTemplate(transactions);
        Runnable plain = () -> template.executeWithoutResult(status -> jdbc.update(
                "insert into audit_event"
                        + " (occurred_at, username, action, outcome, details) values (?, 'measure', 'SIGN_IN', 'SUCCESS',"
                        + " '{\"note\":\"plain\",\"changes\":[]}')",
                java.sql.Timestamp.from(Instant.now())));
        Runnable sealed =
                () -> auditLog.event("measure", AuditAction.SIGN_IN, null, null, AuditOutcome.SUCCESS, null, "sealed");
        // Warm up both paths first.
        run(plain, 500, 1);
        run(sealed, 500, 1);
        for (int round = 1; round <= 2; round++) {
            report("round " + round + ", unsealed insert, 1 writer", run(plain, EVENTS, 1));
            report("round " + round + ", sealed append, 1 writer", run(sealed, EVENTS, 1));
            report("round " + round + ", unsealed insert, " + THREADS + " writers", run(plain, EVENTS, THREADS));
            report("round " + round + ", sealed append, " + THREADS + " writers", run(sealed, EVENTS, THREADS));
        }
    }

    private static void report(String what, long nanos) {
        System.out.printf(
                Locale.ENGLISH,
                "AUDIT-MEASUREMENT %-40s %8.1f µs per event (%d events, %.0f events/s)%n",
                what,
                nanos / 1000.0 / EVENTS,
                EVENTS,
                EVENTS / (nanos / 1e9));
    }

    private static long run(Runnable append, int events, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < events / threads; i++) {
                    append.run();
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long took = System.nanoTime() - start;
        pool.shutdown();
        return took;
    }
}
