package org.outreachtracker.base;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, the network to it
 * cut, the connection pool waiting in vain) from every other failure. Such a failure is not a
 * defect: nothing was changed, and the same action succeeds once the database is back, so users
 * are told to try again rather than given an error reference.
 */
public final class DatabaseUnavailable {

    /**
     * The connection pool's (HikariCP's) message, without an SQL state, for a connection used after
     * the pool closed it because the database went away; seen when a rollback follows a lost
     * connection.
     */
    static final String CLOSED_CONNECTION = "Connection is closed";

    private DatabaseUnavailable() {}

    /** True when {@code problem} or one of its causes says the database could not be reached. */
    public static boolean isCause(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (isConnectionState(sql.getSQLState()) || CLOSED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception) and
     * PostgreSQL's 57P01–57P03 (the server shutting down, or not accepting connections yet).
     */
    static boolean isConnectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
