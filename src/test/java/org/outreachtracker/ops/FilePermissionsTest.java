package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachtracker.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database and its backups hold outreach records and password hashes: their folders and
 * files are readable by the account running the application only, whatever the process's umask,
 * also when an earlier version left them readable by everyone.
 */
@Tag("application")
class FilePermissionsTest {

    @TempDir
    Path installation;

    @Test
    void theDataFolderAndTheDatabaseFileAreTheOwnersOnly() throws Exception {
        Path data = installation.resolve("data");
        start(data);
        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("outreach.mv.db"))).isEqualTo("rw-------");

        // As an earlier version left them: readable by everyone.
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("outreach.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        start(data);
        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("outreach.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void backupsAndTheirFolderAreTheOwnersOnly() throws Exception {
        Path folder = installation.resolve("backups");
        Path backup;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:permissions", "sa", "")) {
            connection.createStatement().execute("create table note (id int primary key)");
            backup = H2Backups.write(connection, folder, Instant.parse("2026-06-17T08:30:00Z"));
        }
        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(backup)).isEqualTo("rw-------");
    }

    private static void start(Path data) {
        try (ConfigurableApplicationContext node = SpringApplication.run(
                Application.class,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--outreach.demo.enabled=false",
                "--OUTREACH_ADMIN_PASSWORD=file-permissions-admin",
                "--outreach.data-dir=" + data)) {
            assertThat(node.isRunning()).isTrue();
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
