package org.outreachtracker.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files only the account running the application may read: the database and the
 * backups hold outreach records and password hashes. On a file system without POSIX permissions
 * (Windows) these do nothing; the folder's own access rules apply there.
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /** Creates the folder (and missing parents) if needed, and leaves it open to its owner only. */
    static void folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder, FOLDER);
    }

    static void file(Path file) throws IOException {
        restrict(file, FILE);
    }

    /** Every file directly in the folder: its owner's only. */
    static void filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                file(file);
            }
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // The folder's own access rules apply.
        }
    }
}
