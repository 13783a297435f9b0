package org.outreachtracker.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of the application: a process of its own on a free port, started with the given
 * launch command (the production jar, or the test class path and the main class) and settings.
 * It counts as started when {@code /actuator/health/readiness} answers 200, as a load balancer
 * sees it. {@link #kill()} ends it with SIGKILL, as a node that falls over.
 */
public final class AppNode implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final long startupNanos;

    private AppNode(String name, Process process, int port, Path log, long startupNanos) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
        this.startupNanos = startupNanos;
    }

    /**
     * Starts a node and waits until it is ready. {@code launch} is the command up to the
     * application's arguments (for example {@code java -Xmx1g -jar app.jar}); {@code settings} are
     * the application's arguments ({@code --name=value}); the port is added.
     */
    public static AppNode start(String name, List<String> launch, List<String> settings, Path log, Duration patience)
            throws Exception {
        return start(name, launch, settings, log, patience, 0);
    }

    /** As {@link #start(String, List, List, Path, Duration)}, on the given port (0: a free one), as a node restarted in place. */
    public static AppNode start(
            String name, List<String> launch, List<String> settings, Path log, Duration patience, int port)
            throws Exception {
        if (port == 0) {
            port = freePort();
        }
        List<String> command = new ArrayList<>(launch);
        command.addAll(settings);
        command.add("--server.port=" + port);
        Files.createDirectories(log.toAbsolutePath().getParent());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        var node = new AppNode(name, process, port, log, 0);
        long deadline = started + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Node " + name + " stopped during start-up (exit " + process.exitValue() + "); see " + log);
            }
            if (node.readiness() == 200) {
                return new AppNode(name, process, port, log, System.nanoTime() - started);
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Node " + name + " was not ready within " + patience + "; see " + log);
    }

    /** The answer of {@code /actuator/health/readiness}: 200 ready, 503 not ready, -1 no answer. */
    public int readiness() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(base().resolve("actuator/health/readiness"))
                                    .timeout(Duration.ofSeconds(3))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Waits until every node reports ready; the time waited, or null after {@code patience}. */
    public static Duration awaitReady(Duration patience, AppNode... nodes) throws InterruptedException {
        long started = System.nanoTime();
        while (System.nanoTime() - started < patience.toNanos()) {
            if (java.util.Arrays.stream(nodes).allMatch(node -> node.readiness() == 200)) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(100);
        }
        return null;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long startupNanos() {
        return startupNanos;
    }

    public Path log() {
        return log;
    }

    /** Ends the process with SIGKILL ({@code kill -9}); returns its exit value (137). */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Node " + name + " did not end after SIGKILL");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
