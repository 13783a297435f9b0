package org.outreachtracker.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.outreachtracker.audit.AuditSeal;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database commands of the command line, run instead of the application:
 * <ul>
 * <li>{@code --outreach.backup=now}: writes a backup of the embedded H2 database to the backup
 * folder ({@code outreach.backup.folder}) and exits. H2 lets one process open the database
 * file, so this works while the application is stopped; while it runs, administrators back
 * up from the Backups page.</li>
 * <li>{@code --outreach.restore=FILE}: loads a backup into the configured database, which must
 * be new and empty (move the old database file aside first), then exits. The next start of the
 * application runs on the restored data.</li>
 * </ul>
 * Both read the same settings as the application (config/application.properties, environment
 * variables, the command line), change nothing else, and exit with 0 when done, 1 when they
 * failed, 2 when they do not apply (a PostgreSQL database, a database that is not empty).
 */
public final class DatabaseCommands {

    public static final String BACKUP = "outreach.backup";
    public static final String RESTORE = "outreach.restore";

    private final ConfigurableEnvironment environment;
    private final PrintStream out;
    private final PrintStream err;

    private DatabaseCommands(ConfigurableEnvironment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /** Whether the command line asks for a database command rather than the application. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args)
                .anyMatch(arg -> arg.startsWith("--" + BACKUP + "=") || arg.startsWith("--" + RESTORE + "="));
    }

    /** Runs the command the arguments ask for; returns the process exit code. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        var commands = new DatabaseCommands(environment, out, err);
        String restore = environment.getProperty(RESTORE);
        if (restore != null) {
            return commands.restore(Path.of(restore));
        }
        String backup = environment.getProperty(BACKUP, "");
        if (!backup.equals("now")) {
            err.println("Unknown value --" + BACKUP + "=" + backup + ": use --" + BACKUP + "=now.");
            return 1;
        }
        return commands.backUp();
    }

    private int backUp() {
        String url = url();
        if (!url.startsWith("jdbc:h2:")) {
            return notEmbedded(url);
        }
        Path folder = Path.of(environment.getProperty("outreach.backup.folder", BackupProperties.DEFAULT_FOLDER))
                .toAbsolutePath()
                .normalize();
        // IFEXISTS: a wrong data folder must not create an empty database to back up.
        try (Connection connection = connect(url + (url.startsWith("jdbc:h2:mem:") ? "" : ";IFEXISTS=TRUE"))) {
            Path written = H2Backups.write(connection, folder, Instant.now());
            out.println("Backup written: " + written + " (" + Files.size(written) + " bytes).");
            return 0;
        } catch (SQLException e) {
            err.println(explain(e, shown(url)));
            return 1;
        } catch (Exception e) {
            err.println("The backup could not be written to " + folder + ": " + e);
            return 1;
        }
    }

    private int restore(Path backup) {
        String url = url();
        if (!url.startsWith("jdbc:h2:")) {
            return notEmbedded(url);
        }
        if (!Files.isReadable(backup)) {
            err.println("No backup to read at " + backup.toAbsolutePath() + " (--" + RESTORE + ").");
            return 1;
        }
        var folder = DataFolder.h2Folder(environment);
        try {
            folder.ifPresent(DataFolder::prepare);
        } catch (StartupProblem problem) {
            err.println(problem.getMessage() + " " + problem.action());
            return 1;
        }
        try (Connection connection = connect(url)) {
            if (!H2Backups.isEmpty(connection)) {
                err.println("The database at " + shown(url) + " already holds data, so nothing was restored."
                        + " Stop the application, move its database file (outreach.mv.db in outreach.data-dir)"
                        + " aside, keep it until the restored data is checked, and run the restore again.");
                return 2;
            }
            H2Backups.restore(connection, backup);
            record(connection, backup);
            if (folder.isPresent()) {
                OwnerOnly.filesIn(folder.get());
            }
            out.println("Restored " + backup.toAbsolutePath() + " into " + shown(url) + ": "
                    + count(connection, "meeting") + " meetings, " + count(connection, "app_user")
                    + " accounts. Start the application as usual.");
            return 0;
        } catch (SQLException e) {
            err.println(explain(e, shown(url)));
            return 1;
        } catch (IOException e) {
            err.println("The database was restored, but its files could not be made readable by their owner only: "
                    + e.getMessage());
            return 1;
        }
    }

    /** The restore in the restored database's own audit trail (sealed into its chain when it has one). */
    private static void record(Connection connection, Path backup) throws SQLException {
        var json = JsonMapper.builder().build();
        var root = json.createObjectNode();
        root.put("note", "Database restored from the backup " + backup.toAbsolutePath() + " (command line)");
        root.putArray("changes");
        String details = json.writeValueAsString(root);
        if (hasTable(connection, "audit_chain")) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                AuditSeal.append(
                        connection,
                        List.of(new AuditSeal.Fields(
                                Instant.now(),
                                "system",
                                "RESTORED",
                                "DATABASE",
                                backup.getFileName().toString(),
                                "SUCCESS",
                                null,
                                details)));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return;
        }
        // A backup from before the trail was sealed: the next start's migration seals this event too.
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_event (occurred_at, username,"
                        + " action, object_type, object_id, outcome, details) values (?, ?, 'RESTORED', 'DATABASE', ?, 'SUCCESS', ?)")) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, "system");
            insert.setString(3, backup.getFileName().toString());
            insert.setString(4, details);
            insert.executeUpdate();
        }
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private int notEmbedded(String url) {
        err.println("The database at " + shown(url) + " is not the embedded H2 database: back up and restore PostgreSQL"
                + " with its own tools (pg_dump, pg_restore), as described in the README.");
        return 2;
    }

    private String url() {
        return environment.getRequiredProperty("spring.datasource.url");
    }

    private static String shown(String url) {
        return Redaction.url(url);
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(
                url,
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""));
    }

    private static String explain(SQLException e, String url) {
        // H2's error codes: 90020 database in use by another process, 90146 database not found.
        return switch (e.getErrorCode()) {
            case 90020 ->
                "The database at " + url + " is in use: the application is running. Back up from its"
                        + " Backups page (administrators), or stop the application and run this again.";
            case 90146 -> "There is no database at " + url + ": check outreach.data-dir (or spring.datasource.url).";
            default -> "The database at " + url + " could not be used: " + e.getMessage();
        };
    }
}
