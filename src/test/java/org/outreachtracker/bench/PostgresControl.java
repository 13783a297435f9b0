package org.outreachtracker.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the PostgreSQL server under test, through the {@code pg_ctl} command that
 * {@code .ci/postgres} exports in {@value #VARIABLE} (words separated by spaces; this class adds
 * {@code stop} or {@code start}). Used to take the database away from running nodes.
 */
public final class PostgresControl {

    public static final String VARIABLE = "OUTREACH_TEST_POSTGRES_CTL";

    private final List<String> command;

    private PostgresControl(List<String> command) {
        this.command = command;
    }

    /** The server's control command, when the environment gives one. */
    public static Optional<PostgresControl> fromEnvironment() {
        String control = System.getenv(VARIABLE);
        return control == null || control.isBlank()
                ? Optional.empty()
                : Optional.of(new PostgresControl(List.of(control.trim().split(" +"))));
    }

    /** Stops the server at once (open connections are cut), and waits until it is down. */
    public void stop() throws IOException, InterruptedException {
        run(Duration.ofMinutes(2), "-m", "fast", "-w", "stop");
    }

    /** Starts the server again, and waits until it accepts connections, {@code patience} at most. */
    public void start(Duration patience) throws IOException, InterruptedException {
        run(patience.plusSeconds(30), "-w", "-t", String.valueOf(patience.toSeconds()), "start");
    }

    private void run(Duration limit, String... arguments) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of(arguments));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(full + " did not end within " + limit + ": " + said);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(full + " failed (exit " + process.exitValue() + "): " + said);
        }
    }
}
