package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachtracker.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The health probes a load balancer or an orchestrator asks, over HTTP without signing in:
 * liveness (the process works) and readiness (it can serve users, database included). When the
 * database goes away, or refuses writes, the node reports not ready, and still alive.
 */
@Tag("application")
class HealthProbesTest {

    @TempDir
    Path data;

    @Test
    void readinessFollowsTheDatabaseAndLivenessDoesNot() throws Exception {
        // The embedded database in a folder of its own; IFEXISTS: once it is gone, it is not re-created.
        String url = "jdbc:h2:file:" + data.resolve("outreach") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        DriverManager.getConnection(url, "outreach", "").close();
        try (ConfigurableApplicationContext node = SpringApplication.run(
                Application.class,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--outreach.demo.enabled=false",
                "--OUTREACH_ADMIN_PASSWORD=health-probes-admin",
                "--spring.datasource.url=" + url + ";IFEXISTS=TRUE",
                "--spring.datasource.hikari.connection-timeout=1000")) {
            int port = ((WebServerApplicationContext) node).getWebServer().getPort();
            var groups = node.getBean(HealthEndpointGroups.class);
            assertThat(groups.get("readiness").isMember("db"))
                    .as("readiness includes the database")
                    .isTrue();
            assertThat(groups.get("liveness").isMember("db"))
                    .as("liveness does not")
                    .isFalse();

            assertThat(get(port, "/actuator/health/liveness")).isEqualTo("200 {\"status\":\"UP\"}");
            assertThat(get(port, "/actuator/health/readiness")).isEqualTo("200 {\"status\":\"UP\"}");
            assertThat(get(port, "/actuator/health"))
                    .as("no details for anonymous callers")
                    .startsWith("200 ")
                    .contains("\"status\":\"UP\"")
                    .doesNotContain("components", "db");

            // The database goes away under the running node.
            try (Connection connection = DriverManager.getConnection(url, "outreach", "")) {
                connection.createStatement().execute("shutdown");
            }
            try (Stream<Path> files = Files.list(data)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }

            assertThat(get(port, "/actuator/health/readiness")).isEqualTo("503 {\"status\":\"DOWN\"}");
            assertThat(get(port, "/actuator/health/liveness")).isEqualTo("200 {\"status\":\"UP\"}");
        }
    }

    @Test
    void aNodeWhoseDatabaseRefusesWritesIsNotReady() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("outreach") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        try (ConfigurableApplicationContext node = SpringApplication.run(
                        Application.class,
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        "--outreach.demo.enabled=false",
                        "--OUTREACH_ADMIN_PASSWORD=health-probes-admin",
                        "--spring.datasource.url=" + url);
                Connection operator = DriverManager.getConnection(url, "outreach", "")) {
            int port = ((WebServerApplicationContext) node).getWebServer().getPort();
            assertThat(get(port, "/actuator/health/readiness")).isEqualTo("200 {\"status\":\"UP\"}");

            // Reads still work, but every write fails a check constraint, as every save did when
            // H2 2.4.240 lost its constraints' sessions.
            operator.createStatement()
                    .execute(
                            "alter table health_probe add constraint ck_refuse_every_write check (probes < 0) nocheck");
            assertThat(get(port, "/actuator/health/readiness"))
                    .as("readiness while writes fail")
                    .isEqualTo("503 {\"status\":\"DOWN\"}");
            assertThat(get(port, "/actuator/health/liveness")).isEqualTo("200 {\"status\":\"UP\"}");

            operator.createStatement().execute("alter table health_probe drop constraint ck_refuse_every_write");
            assertThat(get(port, "/actuator/health/readiness"))
                    .as("readiness once writes work again")
                    .isEqualTo("200 {\"status\":\"UP\"}");
        }
    }

    private static String get(int port, String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        }
    }
}
