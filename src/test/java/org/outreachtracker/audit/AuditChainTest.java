package org.outreachtracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every audit event is numbered and sealed into one chain, also when many are written at once,
 * and an administrator's check of the trail finds it intact (tampering: {@link AuditTamperTest}).
 */
@IntegrationTest
class AuditChainTest {

    static final int THREADS = 8;
    static final int TRANSACTIONS = 25;

    @Autowired
    AuditService audit;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    @Test
    void everyEventIsNumberedAndSealedAfterTheOneBeforeIt() {
        TrailCheck check = new TestOutreach(context).as("admin", () -> audit.verify(TrailProgress.NONE));

        assertThat(check.intact()).as(check.summary()).isTrue();
        assertThat(check.checked()).isEqualTo(check.lastNumber()).isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where seq is null or hash is null", Long.class))
                .as("events without a seal")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where seq <= ?", Long.class, check.lastNumber()))
                .as("one event for each number up to the last")
                .isEqualTo(check.lastNumber());
    }

    @Test
    void eventsWrittenFromManyThreadsAtOnceFormOneUnbrokenChain() throws Exception {
        long before = head();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        var template = new TransactionTemplate(transactions);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < TRANSACTIONS; i++) {
                    int n = i;
                    // Two events in one transaction, and one in a transaction of its own.
                    template.executeWithoutResult(status -> {
                        auditLog.eventInTransaction(
                                "chain-test",
                                AuditAction.SIGN_IN_FAILED,
                                null,
                                null,
                                AuditOutcome.FAILURE,
                                null,
                                "thread " + thread + " transaction " + n + " first");
                        auditLog.eventInTransaction(
                                "chain-test",
                                AuditAction.SIGN_IN_FAILED,
                                null,
                                null,
                                AuditOutcome.FAILURE,
                                null,
                                "thread " + thread + " transaction " + n + " second");
                    });
                    auditLog.event(
                            "chain-test",
                            AuditAction.SIGN_IN_FAILED,
                            null,
                            null,
                            AuditOutcome.FAILURE,
                            null,
                            "thread " + thread + " alone " + n);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        long written = (long) THREADS * TRANSACTIONS * 3;
        assertThat(head()).isGreaterThanOrEqualTo(before + written);
        assertThat(jdbc.queryForObject(
                        "select count(distinct seq) from audit_event where seq > ? and seq <= ?",
                        Long.class,
                        before,
                        head()))
                .as("numbers without gaps or repeats")
                .isEqualTo(head() - before);
        TrailCheck check = new TestOutreach(context).as("admin", () -> audit.verify(TrailProgress.NONE));
        assertThat(check.intact()).as(check.summary()).isTrue();
    }

    @Test
    void anEventWhoseTransactionRollsBackIsNotWrittenAndLeavesNoGap() {
        long before = head();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            auditLog.eventInTransaction(
                    "chain-test", AuditAction.SIGN_IN_FAILED, null, null, AuditOutcome.FAILURE, null, "rolled back");
            status.setRollbackOnly();
        });

        assertThat(head()).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where details like '%rolled back%'", Long.class))
                .isZero();
    }

    @Test
    void theCheckReportsItsProgressAndIsItselfRecorded() {
        List<long[]> reports = new ArrayList<>();

        TrailCheck check = new TestOutreach(context)
                .as("admin", () -> audit.verify((checked, total) -> reports.add(new long[] {checked, total})));

        assertThat(reports).isNotEmpty();
        assertThat(reports.getLast()).containsExactly(check.checked(), check.lastNumber());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'TRAIL_VERIFIED'" + " and seq > ?",
                        Long.class,
                        check.lastNumber()))
                .isPositive();
    }

    private long head() {
        return jdbc.queryForObject("select last_seq from audit_chain where id = 1", Long.class);
    }
}
