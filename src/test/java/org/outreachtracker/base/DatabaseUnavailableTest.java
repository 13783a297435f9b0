package org.outreachtracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @Test
    void aConnectionThatCannotBeHadIsTheDatabaseBeingUnavailable() {
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction", new ConnectException("refused"))))
                .isTrue();
    }

    @Test
    void aConnectionLostMidWayIsFoundAmongTheCauses() {
        var lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException(
                        "rendering failed", new JpaSystemException(new RuntimeException(lost)))))
                .isTrue();
        var shuttingDown = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(DatabaseUnavailable.isCause(shuttingDown)).isTrue();
        var rollbackFailed = new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(DatabaseUnavailable.isCause(rollbackFailed)).isTrue();
    }

    @Test
    void otherFailuresAreNotTheDatabaseBeingUnavailable() {
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a defect")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("no state"))).isFalse();
    }
}
