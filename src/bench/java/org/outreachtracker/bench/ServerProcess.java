package org.outreachtracker.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The production jar started as its own process (as an operator starts it: {@code java -jar},
 * demo mode off, no operator config folder) on a free port and a given data folder. Start-up
 * time is measured from launching the process to the first {@code 200} answer to {@code GET /login}.
 * Live heap is read with {@code jcmd GC.class_histogram}, which runs a full GC first.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final long startupNanos;
    private final Path log;

    private ServerProcess(Process process, int port, long startupNanos, Path log) {
        this.process = process;
        this.port = port;
        this.startupNanos = startupNanos;
        this.log = log;
    }

    /** Starts the jar; {@code settings} are further application arguments ({@code --name=value}). */
    static ServerProcess start(Path jar, Path dataDirectory, String heap, Path log, String... settings)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(),
                "-Xms" + heap,
                "-Xmx" + heap,
                "-XX:+UseG1GC",
                "-jar",
                jar.toString(),
                "--spring.config.location=classpath:/",
                "--outreach.data-dir=" + dataDirectory,
                "--outreach.demo.enabled=false",
                "--server.port=" + port));
        command.addAll(List.of(settings));
        Files.createDirectories(log.getParent());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI login = URI.create("http://localhost:" + port + "/login");
        long deadline = started + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The server stopped during start-up (exit " + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(login)
                                .timeout(Duration.ofSeconds(5))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return new ServerProcess(process, port, System.nanoTime() - started, log);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The server did not serve /login within 5 minutes; see " + log);
    }

    URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    long startupNanos() {
        return startupNanos;
    }

    long pid() {
        return process.pid();
    }

    /** Bytes of live objects after a full GC ({@code jcmd <pid> GC.class_histogram}); the histogram is kept. */
    long liveHeapBytes(Path histogram) throws Exception {
        Process jcmd = new ProcessBuilder(jcmdExecutable(), Long.toString(process.pid()), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        Files.createDirectories(histogram.getParent());
        Files.writeString(histogram, output);
        for (String line : output.lines().toList().reversed()) {
            if (line.startsWith("Total")) {
                String[] parts = line.trim().split("\\s+");
                return Long.parseLong(parts[parts.length - 1]);
            }
        }
        throw new IllegalStateException(
                "No total in the class histogram: " + output.lines().limit(5).toList());
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    Path log() {
        return log;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String jcmdExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
