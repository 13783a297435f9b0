package org.outreachtracker.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On H2, every identity column hands out its values in blocks of {@value #BLOCK}, set at each
 * start (a column a new version adds gets it too).
 *
 * <p>Why: H2 writes a column's next value into its system table at the end of each block, and that
 * write waits while any schema change holds the system table. Building the search index's word
 * index at the end of a first fill is such a change, and at 100,000 meetings it held the table for
 * a minute: with H2's own blocks of 32 values, sign-ins and saves that reached a block's end then
 * failed with "Timeout trying to lock table SYS" (docs/performance.md). With blocks of 10,000 an
 * insert meets a block's end three hundred times less often. What remains: the first insert into a
 * table after a start also writes the next value, so one insert per table can still fail if it
 * falls within such a build. An unclean stop skips what was left of each block: ids stay unique,
 * with a gap. PostgreSQL keeps sequences outside any lock a schema change takes, and is left as it
 * is.
 */
@Component
class H2IdentityBlocks implements ApplicationRunner {

    static final long BLOCK = 10_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    H2IdentityBlocks(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
        }
        for (IdentityColumn column : columnsWithSmallerBlocks()) {
            // The names come from H2's own catalogue, never from a user.
            jdbc.sql("alter table " + quoted(column.table()) + " alter column " + quoted(column.column())
                            + " set cache " + BLOCK)
                    .update();
        }
    }

    /** The identity columns of the application's schema that hand out fewer than {@link #BLOCK} values at a time. */
    List<IdentityColumn> columnsWithSmallerBlocks() {
        return jdbc.sql("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = current_schema and is_identity = 'YES' and identity_cache < :block
                        order by table_name, column_name
                        """)
                .param("block", BLOCK)
                .query((rs, n) -> new IdentityColumn(rs.getString(1), rs.getString(2)))
                .list();
    }

    record IdentityColumn(String table, String column) {}

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
