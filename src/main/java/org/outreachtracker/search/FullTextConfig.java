package org.outreachtracker.search;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Chooses the full-text engine that suits the database in use. */
@Configuration
class FullTextConfig {

    @Bean
    FullTextEngine fullTextEngine(
            DataSource dataSource, JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                    ? new PostgresFullText(jdbc, batch)
                    : new WordTableFullText(jdbc, batch, transactions);
        }
    }
}
