package org.outreachtracker.ops;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Backups of the embedded H2 database, written while the application runs (administrators).
 * With PostgreSQL the database server is backed up with its own tools instead (pg_dump).
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final DataSource dataSource;
    private final Path folder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final boolean embedded;

    BackupService(DataSource dataSource, BackupProperties properties, AuditLog auditLog, Clock clock) {
        this.dataSource = dataSource;
        this.folder = properties.folder().toAbsolutePath().normalize();
        this.auditLog = auditLog;
        this.clock = clock;
        try (Connection connection = dataSource.getConnection()) {
            this.embedded = H2Backups.isH2(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    /** Whether this installation's database is the embedded one the application backs up itself. */
    @RolesAllowed(Roles.ADMIN)
    public boolean backupsAvailable() {
        return embedded;
    }

    /** The folder backups are written to (outreach.backup.folder). */
    @RolesAllowed(Roles.ADMIN)
    public String folder() {
        return folder.toString();
    }

    /** The backups in the folder, newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<BackupFile> backups() {
        try {
            return H2Backups.list(folder);
        } catch (IOException e) {
            throw new RuleViolationException("The backup folder " + folder + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * Writes a consistent backup of the whole database now, while people keep working, and
     * records it in the audit trail (also when it fails).
     */
    @RolesAllowed(Roles.ADMIN)
    public BackupFile backUpNow() {
        if (!embedded) {
            throw RuleViolationException.because("refusal.ops.backupPostgres");
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Path written = H2Backups.write(connection, folder, clock.instant());
            BackupFile backup = H2Backups.list(folder).stream()
                    .filter(b -> b.name().equals(written.getFileName().toString()))
                    .findFirst()
                    .orElseThrow(() -> new UncheckedIOException(new IOException("The backup vanished: " + written)));
            auditLog.event(
                    null,
                    AuditAction.BACKED_UP,
                    AuditedObject.DATABASE,
                    backup.name(),
                    AuditOutcome.SUCCESS,
                    null,
                    "Whole database, " + backup.size() + " bytes");
            log.info(
                    "Database backup {} written to {} ({} bytes, {} ms).",
                    backup.name(),
                    folder,
                    backup.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return backup;
        } catch (SQLException | IOException | UncheckedIOException e) {
            log.error("The database backup to {} failed: {}", folder, e.toString());
            auditLog.event(
                    null,
                    AuditAction.BACKED_UP,
                    AuditedObject.DATABASE,
                    null,
                    AuditOutcome.FAILURE,
                    null,
                    "Backup to " + folder + " failed: " + e.getMessage());
            throw new RuleViolationException("The backup could not be written to " + folder + ": " + e.getMessage());
        }
    }
}
