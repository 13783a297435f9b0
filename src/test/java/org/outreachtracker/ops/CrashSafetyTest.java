package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the embedded H2 database: the application runs as a process of its own on
 * an H2 file database and logs meetings one after the other ({@link CrashWriter}); mid-way the
 * process is killed with SIGKILL ({@code kill -9}: {@link Process#destroyForcibly()} on Linux),
 * started again, and so on for a few cycles. Every meeting whose save was confirmed must be
 * there after the restart. The figures are printed and written to target/crash-safety.txt.
 */
@Tag("application")
class CrashSafetyTest {

    static final int CYCLES = 3;
    static final Duration START_PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path installation;

    @Test
    void everyConfirmedMeetingSurvivesKillMinusNine() throws Exception {
        var random = new Random(20_261_128L);
        Set<Long> confirmed = new LinkedHashSet<>();
        java.util.Map<Long, String> when = new java.util.HashMap<>();
        List<String> report = new ArrayList<>();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            int killAfter = 15 + random.nextInt(25);
            try (Child child = Child.start(installation, cycle, 10_000)) {
                Set<Long> present = child.presentAtStart();
                assertThat(present)
                        .as("meetings confirmed before kill number %d, found after the restart", cycle - 1)
                        .containsAll(confirmed);
                int before = confirmed.size();
                while (confirmed.size() - before < killAfter) {
                    long id = child.nextCommitted();
                    confirmed.add(id);
                    when.put(
                            id,
                            "cycle " + cycle + ", save " + (confirmed.size() - before) + " of " + killAfter
                                    + " before the kill");
                }
                child.kill();
                report.add("cycle " + cycle + ": killed with SIGKILL after " + (confirmed.size() - before)
                        + " confirmed saves");
            }
        }
        Set<Long> present;
        try (Child last = Child.start(installation, CYCLES + 1, 0)) {
            present = last.presentAtStart();
            last.awaitExit();
        }
        Set<Long> lost = new TreeSet<>(confirmed);
        lost.removeAll(present);
        report.add("cycles: " + CYCLES + ", meetings confirmed: " + confirmed.size() + ", meetings lost: " + lost.size()
                + " (found after the last restart: " + present.size() + ")");
        String figures = String.join(System.lineSeparator(), report);
        System.out.println("Crash safety: " + figures);
        Files.writeString(Path.of("target", "crash-safety.txt"), figures + System.lineSeparator());

        assertThat(confirmed).hasSizeGreaterThanOrEqualTo(CYCLES * 15);
        assertThat(lost)
                .as(
                        "confirmed meetings missing after the restarts (%s)",
                        lost.stream().map(id -> id + ": " + when.get(id)).toList())
                .isEmpty();
    }

    /** The application process and what it says on standard output. */
    static final class Child implements AutoCloseable {

        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();

        private Child(Process process) {
            this.process = process;
            Thread reader = new Thread(
                    () -> {
                        try (var in = new BufferedReader(
                                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                            for (String line = in.readLine(); line != null; line = in.readLine()) {
                                lines.add(line);
                            }
                        } catch (IOException e) {
                            // The process died; the test sees no more lines.
                        }
                        lines.add("<end of output>");
                    },
                    "crash-writer-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path installation, int cycle, int meetings) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(
                    java,
                    "-Xmx512m",
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CrashWriter.class.getName(),
                    "--outreach.data-dir=" + installation.resolve("data"),
                    "--outreach.demo.enabled=true",
                    "--server.port=0",
                    "--spring.config.location=classpath:/",
                    "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN",
                    "--crash.cycle=" + cycle,
                    "--crash.meetings=" + meetings));
            // The built-in settings (no config/ folder), an H2 file database in a folder of its own. The
            // process runs in the project folder, where Vaadin's development mode finds the project.
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            return new Child(process);
        }

        /** The meetings of earlier runs the application finds at start-up. */
        Set<Long> presentAtStart() throws InterruptedException {
            Set<Long> present = new TreeSet<>();
            while (true) {
                String line = next(START_PATIENCE);
                if (line.equals("READY")) {
                    return present;
                }
                if (line.startsWith("PRESENT ")) {
                    present.add(Long.valueOf(line.substring(8)));
                }
            }
        }

        long nextCommitted() throws InterruptedException {
            while (true) {
                String line = next(Duration.ofMinutes(1));
                if (line.startsWith("COMMITTED ")) {
                    return Long.parseLong(line.substring(10));
                }
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(1, TimeUnit.MINUTES))
                    .as("the process ended")
                    .isTrue();
            assertThat(process.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
        }

        void awaitExit() throws InterruptedException {
            while (!next(Duration.ofMinutes(1)).equals("DONE")) {
                // reading on
            }
            assertThat(process.waitFor(1, TimeUnit.MINUTES))
                    .as("the process ended")
                    .isTrue();
        }

        private String next(Duration patience) throws InterruptedException {
            String line = lines.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(line)
                    .as("output of the application process; so far:%n%s", String.join("\n", tail()))
                    .isNotNull()
                    .isNotEqualTo("<end of output>");
            seen.add(line);
            return line;
        }

        private List<String> tail() {
            return seen.subList(Math.max(0, seen.size() - 40), seen.size());
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
