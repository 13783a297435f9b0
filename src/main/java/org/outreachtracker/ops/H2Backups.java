package org.outreachtracker.ops;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Backups of the embedded H2 database as gzipped SQL scripts (H2's {@code SCRIPT TO}), and
 * restoring one into an empty database ({@code RUNSCRIPT FROM}). A script, unlike a copy of the
 * database file, can also be restored by a later H2 version.
 */
final class H2Backups {

    static final String PREFIX = "outreach-";
    static final String SUFFIX = ".sql.gz";
    /** H2's snapshot isolation: every read of the transaction sees the database as it was at its first. */
    private static final int SNAPSHOT = 6;

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "[0-9-]+" + Pattern.quote(SUFFIX));

    private H2Backups() {}

    static boolean isH2(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    /**
     * Writes a backup of the whole database into the folder while the database stays in use:
     * one snapshot of every table (a transaction in snapshot isolation), so changes committed
     * meanwhile are either wholly in it or not at all. The file appears under its final name only
     * when complete, readable by its owner only (it holds outreach records and password hashes).
     */
    static Path write(Connection connection, Path folder, Instant now) throws SQLException, IOException {
        OwnerOnly.folder(folder);
        Path target = folder.resolve(PREFIX + STAMP.format(now) + SUFFIX).toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(SNAPSHOT);
            try (Statement statement = connection.createStatement()) {
                // Quoted: H2 2.3 compares the name as written, and DATABASE_TO_LOWER lower-cases a bare one.
                statement.execute("script to " + literal(partial) + " compression \"GZIP\"");
            }
            connection.commit();
        } finally {
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
        OwnerOnly.file(partial);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
        return target;
    }

    /** Whether the database holds no tables of its own yet (a new, empty database). */
    static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select count(*) from information_schema.tables" + " where upper(table_schema) = 'PUBLIC'")) {
            result.next();
            return result.getLong(1) == 0;
        }
    }

    /** Loads a backup into an empty database. */
    static void restore(Connection connection, Path backup) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("runscript from " + literal(backup.toAbsolutePath()) + " compression \"GZIP\"");
        }
    }

    /** The backups in the folder, newest first. */
    static List<BackupFile> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(
                            f -> NAME.matcher(f.getFileName().toString()).matches())
                    .toList()) {
                backups.add(new BackupFile(
                        file.getFileName().toString(),
                        Files.getLastModifiedTime(file).toInstant(),
                        Files.size(file)));
            }
        }
        backups.sort(Comparator.comparing(BackupFile::name).reversed());
        return backups;
    }

    private static String literal(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }
}
