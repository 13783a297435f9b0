package org.outreachtracker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy in front of two {@link AppNode}s, run with the project's own {@code config/haproxy.cfg}
 * (session affinity on {@code JSESSIONID}, health checks on {@code /actuator/health/readiness},
 * the "try again" page of {@code config/haproxy-503.http}) on free ports. The nodes are named
 * {@code node1} and {@code node2} in the balancer, and in the prefix of the session cookie.
 */
public final class Balancer implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final int statsPort;

    private Balancer(Process process, int port, int statsPort) {
        this.process = process;
        this.port = port;
        this.statsPort = statsPort;
    }

    /** True when the {@code haproxy} command can be run here. */
    public static boolean available() {
        try {
            Process version = new ProcessBuilder("haproxy", "-v")
                    .redirectErrorStream(true)
                    .start();
            version.getInputStream().readAllBytes();
            return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts HAProxy for {@code node1} and {@code node2} with the given health-check interval, and
     * waits until it serves and sees both nodes up.
     */
    public static Balancer start(Path projectFolder, AppNode node1, AppNode node2, Duration checkInterval, Path log)
            throws Exception {
        int port = AppNode.freePort();
        int statsPort = AppNode.freePort();
        var command = new ProcessBuilder(
                        "haproxy",
                        "-db",
                        "-f",
                        projectFolder.resolve("config/haproxy.cfg").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = command.environment();
        environment.put("OUTREACH_LB_BIND", "127.0.0.1:" + port);
        environment.put("OUTREACH_LB_STATS", "127.0.0.1:" + statsPort);
        environment.put("OUTREACH_NODE1", "127.0.0.1:" + node1.port());
        environment.put("OUTREACH_NODE2", "127.0.0.1:" + node2.port());
        environment.put(
                "OUTREACH_LB_503",
                projectFolder
                        .resolve("config/haproxy-503.http")
                        .toAbsolutePath()
                        .toString());
        environment.put("OUTREACH_LB_CHECK", checkInterval.toMillis() + "ms");
        Files.createDirectories(log.toAbsolutePath().getParent());
        var balancer = new Balancer(command.start(), port, statsPort);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!balancer.process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped at start; see " + log);
            }
            Map<String, String> states = balancer.states();
            if ("UP".equals(states.get("node1")) && "UP".equals(states.get("node2"))) {
                return balancer;
            }
            Thread.sleep(100);
        }
        balancer.close();
        throw new IllegalStateException("HAProxy did not see both nodes up within 30 s; see " + log);
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Each node's state as HAProxy sees it (UP, DOWN, or a transition such as "UP 1/2"). */
    public Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        try {
            String csv = HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
                                    .timeout(Duration.ofSeconds(2))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            List<String> lines = csv.lines().toList();
            if (lines.isEmpty()) {
                return states;
            }
            List<String> header =
                    List.of(lines.getFirst().replaceFirst("^# ", "").split(",", -1));
            int proxy = header.indexOf("pxname");
            int server = header.indexOf("svname");
            int status = header.indexOf("status");
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",", -1);
                if (fields.length > status && "nodes".equals(fields[proxy]) && fields[server].startsWith("node")) {
                    states.put(fields[server], fields[status]);
                }
            }
        } catch (IOException e) {
            // not serving yet, or stopped: no states
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return states;
    }

    /** Waits until HAProxy reports {@code node} in {@code state}; the time waited, or null after {@code patience}. */
    public Duration awaitState(String node, String state, Duration patience) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (state.equals(states().get(node))) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(50);
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
