package org.outreachtracker.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Start-up work that must happen once per database, not once per application node: filling an
 * empty database with demo data, creating the first administrator. The work runs while this
 * node holds a lock in the database, so a second node starting at the same time waits, then
 * finds the work done and leaves it alone.
 * <p>
 * On PostgreSQL the lock is a session-level advisory lock ({@code pg_advisory_lock}), held on a
 * connection of its own and released when the work ends or, if the node dies, when its
 * connection closes. Locks are per schema, so installations sharing one database do not wait for
 * each other. The embedded H2 database is opened by one application process only, so
 * there a lock within the process is enough.
 */
@Component
public class StartupLock {

    /** The work done on an empty database: demo data, or the first administrator. */
    public static final String FIRST_START = "first-start";

    /**
     * First key of this application's advisory locks (PostgreSQL's {@code pg_locks} shows it as
     * {@code classid}); the second is {@link #key(String)} of the schema and task.
     */
    public static final int LOCK_SPACE = 0x0A7E_1001;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    private static final ReentrantLock LOCAL = new ReentrantLock();

    private final DataSource dataSource;
    private final Duration maxWait;
    private final Duration pollInterval;

    @Autowired
    StartupLock(DataSource dataSource) {
        this(dataSource, Duration.ofMinutes(10), Duration.ofMillis(250));
    }

    StartupLock(DataSource dataSource, Duration maxWait, Duration pollInterval) {
        this.dataSource = dataSource;
        this.maxWait = maxWait;
        this.pollInterval = pollInterval;
    }

    /**
     * Runs the work while holding the lock for the task; waits (up to ten minutes) while
     * another node holds it.
     */
    public void runExclusively(String task, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                runLocally(work);
                return;
            }
            connection.setAutoCommit(true);
            int key = key(currentSchema(connection) + ":" + task);
            acquire(connection, task, key);
            try {
                work.run();
            } finally {
                release(connection, key);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the start-up lock for " + task, e);
        }
    }

    private static void runLocally(Runnable work) {
        LOCAL.lock();
        try {
            work.run();
        } finally {
            LOCAL.unlock();
        }
    }

    private void acquire(Connection connection, String task, int key) throws SQLException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean told = false;
        while (!tryLock(connection, key)) {
            if (!told) {
                log.info("Another application node is doing the start-up work '{}'; waiting for it to finish.", task);
                told = true;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another application node has held the start-up lock for '" + task
                        + "' for more than " + maxWait.toMinutes() + " minutes; giving up.");
            }
            try {
                Thread.sleep(pollInterval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(
                        "Interrupted while waiting for the start-up lock for '" + task + "'", e);
            }
        }
        if (told) {
            log.info("The other node finished the start-up work '{}'; continuing.", task);
        }
    }

    private static boolean tryLock(Connection connection, int key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, LOCK_SPACE);
            statement.setInt(2, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void release(Connection connection, int key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, LOCK_SPACE);
            statement.setInt(2, key);
            statement.execute();
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select current_schema()");
                ResultSet result = statement.executeQuery()) {
            return result.next() ? String.valueOf(result.getString(1)) : "";
        }
    }

    /** The lock's second key, of "schema:task" (several installations may share a database). */
    public static int key(String schemaAndTask) {
        var crc = new CRC32();
        crc.update(schemaAndTask.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
