package org.outreachtracker.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The folder of the embedded H2 database: checked before anything opens it, so that a folder the
 * application cannot use stops the start with one message naming the setting to fix (instead of a
 * stack trace from deep inside the database driver); created when missing; and kept readable by
 * the account running the application only, with the database files in it (they hold outreach
 * records and password hashes). Registered in {@code META-INF/spring.factories}, since it must
 * run before the application context exists. Nothing is done for other databases.
 */
public class DataFolder implements ApplicationListener<SpringApplicationEvent> {

    static final String DATA_DIR = "outreach.data-dir";

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            h2Folder(prepared.getEnvironment()).ifPresent(DataFolder::prepare);
        } else if (event instanceof ApplicationStartedEvent started) {
            // The database file exists now (a first start has just created it).
            h2Folder(started.getApplicationContext().getEnvironment()).ifPresent(folder -> {
                try {
                    OwnerOnly.filesIn(folder);
                } catch (IOException e) {
                    throw new StartupProblem(
                            "The files in the data folder " + folder + " could not be made"
                                    + " readable by their owner only: " + e.getMessage(),
                            "Give the account running the" + " application ownership of " + folder
                                    + " and the files in it.",
                            e);
                }
            });
        }
    }

    /** The folder of the H2 file database the settings name; empty for any other database. */
    static Optional<Path> h2Folder(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String location = url.substring("jdbc:h2:".length());
        int settings = location.indexOf(';');
        if (settings >= 0) {
            location = location.substring(0, settings);
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (lower.matches("^(mem|tcp|ssl|zip|split|nio[a-z]*|async|retry|memfs|memlz):.*")) {
            return Optional.empty();
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        Path parent = Path.of(location).toAbsolutePath().normalize().getParent();
        return Optional.ofNullable(parent);
    }

    static void prepare(Path folder) {
        String setting = DATA_DIR + " (or the folder in spring.datasource.url)";
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StartupProblem(
                    "The data folder " + folder + " is a file, not a folder. The application"
                            + " keeps its database in that folder.",
                    "Set " + setting + " to a folder (it is created" + " when missing), or move the file " + folder
                            + " away.",
                    null);
        }
        try {
            OwnerOnly.folder(folder);
        } catch (IOException | SecurityException e) {
            throw new StartupProblem(
                    "The data folder " + folder + " could not be created or prepared: " + reason(folder, e) + ".",
                    "Create the folder and let the account running the application ("
                            + System.getProperty("user.name") + ") write in it, or set " + setting
                            + " to a folder it can write in.",
                    e);
        }
        if (!Files.isReadable(folder) || !Files.isWritable(folder) || !Files.isExecutable(folder)) {
            throw new StartupProblem(
                    "The application cannot write in its data folder " + folder + ".",
                    "Let the account running the application (" + System.getProperty("user.name") + ") read and"
                            + " write in " + folder + ", or set " + setting + " to a folder it can write in.",
                    null);
        }
    }

    private static String reason(Path folder, Exception e) {
        for (Path above = folder.getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above)) {
                if (!Files.isDirectory(above)) {
                    return above + " is a file, not a folder";
                }
                break;
            }
        }
        return switch (e) {
            case java.nio.file.FileAlreadyExistsException exists -> exists.getFile() + " is a file, not a folder";
            case java.nio.file.AccessDeniedException denied -> "access to " + denied.getFile() + " is denied";
            case java.nio.file.FileSystemException fs -> fs.getFile() + ": " + fs.getReason();
            default -> String.valueOf(e.getMessage());
        };
    }
}
