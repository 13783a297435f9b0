package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.outreachtracker.Application;
import org.outreachtracker.PostgresTestDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bad database settings and a database the application must not use: the start fails with one
 * message (Spring Boot's failure report, no stack trace) that says what is wrong and names the
 * setting to fix, and the database is left as it was.
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag("application")
class StartupFailureTest {

    static final String H2_SETTINGS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    @TempDir
    Path temp;

    @Test
    void aDatabaseServerThatDoesNotAnswer(CapturedOutput output) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String report =
                failToStart(output, "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/outreach");

        assertThat(report)
                .contains(
                        "No database answers at jdbc:postgresql://127.0.0.1:" + port + "/outreach",
                        "spring.datasource.url",
                        "Start the database server, or correct the host and port");
    }

    @Test
    void anAddressThatIsNoDatabaseUrl(CapturedOutput output) {
        String report = failToStart(output, "--spring.datasource.url=jdbc:postgresq://127.0.0.1:5432/outreach");

        assertThat(report)
                .contains(
                        "'jdbc:postgresq://127.0.0.1:5432/outreach' (spring.datasource.url) is not a"
                                + " database address",
                        "jdbc:postgresql://host:port/database");
    }

    @Test
    void aWrongPassword(CapturedOutput output) {
        String url = postgres();
        String report = failToStart(
                output,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=not-the-password");

        assertThat(report)
                .contains(
                        "The database refused the user name or password: user '" + PostgresTestDatabase.user() + "'",
                        "spring.datasource.password",
                        "SPRING_DATASOURCE_PASSWORD")
                .doesNotContain("not-the-password");
    }

    @Test
    void aDatabaseNameThatDoesNotExist(CapturedOutput output) {
        String url = postgres().replaceFirst("/[^/?]+(\\?|$)", "/no_such_database$1");
        String report = failToStart(
                output,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password());

        assertThat(report).contains("The database named in spring.datasource.url (" + url + ") does not exist");
    }

    @Test
    void anH2DatabaseFileAnotherProcessHasOpen(CapturedOutput output) throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("outreach") + H2_SETTINGS;
        Process holder = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.h2.tools.Shell",
                        "-url",
                        url,
                        "-user",
                        "outreach",
                        "-password",
                        "")
                .redirectErrorStream(true)
                .start();
        try {
            awaitPrompt(holder.getInputStream());
            String report = failToStart(output, "--spring.datasource.url=" + url);

            assertThat(report).contains("The H2 database file is in use by another process", "outreach.data-dir");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void aSchemaFromANewerVersionIsLeftAsItIs(CapturedOutput output) throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("outreach") + H2_SETTINGS;
        try (ConfigurableApplicationContext first = SpringApplication.run(
                Application.class,
                settings("--spring.datasource.url=" + url, "--OUTREACH_ADMIN_PASSWORD=newer-schema-admin"))) {
            assertThat(first.isRunning()).isTrue();
        }
        try (Connection connection = DriverManager.getConnection(url, "outreach", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, installed_on, execution_time, success) values (99, '99',"
                    + " 'from a newer version', 'SQL', 'V99__from_a_newer_version.sql', 1, 'outreach',"
                    + " current_timestamp, 1, true)");
        }
        String before = contents(url);

        String report = failToStart(output, "--spring.datasource.url=" + url);

        assertThat(report)
                .contains(
                        "has been updated by a newer version of Outreach Tracker",
                        "its schema has migration 99, which this version does not know",
                        "spring.datasource.url",
                        "stopped before changing anything");
        assertThat(contents(url)).as("the database after the refused start").isEqualTo(before);
    }

    @Test
    void aDataFolderThatIsAFile(CapturedOutput output) throws IOException {
        Path file = Files.writeString(temp.resolve("data"), "not a folder");

        String report = failToStart(output, "--outreach.data-dir=" + file);

        assertThat(report).contains("The data folder " + file + " is a file, not a folder", "outreach.data-dir");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void aDataFolderThatCannotBeCreated(CapturedOutput output) throws IOException {
        Path file = Files.writeString(temp.resolve("plain-file"), "in the way");
        Path folder = file.resolve("data");

        String report = failToStart(output, "--outreach.data-dir=" + folder);

        assertThat(report)
                .contains(
                        "The data folder " + folder + " could not be created or prepared",
                        file + " is a file, not a folder",
                        "outreach.data-dir");
    }

    @Test
    void aSettingsFileWithABrokenEscapeIsNamedWithItsLine(CapturedOutput output) throws IOException {
        Path settings = Files.writeString(temp.resolve("application.properties"), """
                # Operator settings
                server.port=0
                outreach.ui.banner-text=UNCLASSIFIED \\u00ZZ
                outreach.ui.other=C:\\\\users\\\\u
                """);

        String report = failToStart(output, "--spring.config.location=classpath:/,file:" + settings);

        assertThat(report)
                .contains(
                        settings.toString(),
                        "broken escape on line 3",
                        "\\u00ZZ",
                        "four hexadecimal digits",
                        "Correct line 3");
    }

    /** Starts the application, which must fail; returns what it printed, checked to be one report. */
    private static String failToStart(CapturedOutput output, String... settings) {
        int start = output.length();
        assertThatThrownBy(() -> SpringApplication.run(Application.class, settings(settings))
                        .close())
                .as("the start with " + String.join(" ", settings))
                .isNotNull();
        String printed = output.toString().substring(start);
        assertThat(printed.split("APPLICATION FAILED TO START", -1))
                .as("failure reports in:%n%s", printed)
                .hasSize(2);
        assertThat(printed).as("one report, no stack trace").doesNotContain("Caused by", "\tat org.");
        return printed.substring(printed.indexOf("APPLICATION FAILED TO START"));
    }

    private static String[] settings(String... specific) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--outreach.demo.enabled=false"));
        args.addAll(List.of(specific));
        return args.toArray(String[]::new);
    }

    private static String postgres() {
        Assumptions.assumeTrue(
                PostgresTestDatabase.url().isPresent(),
                "PostgreSQL tests skipped: no PostgreSQL" + " server given (" + PostgresTestDatabase.URL + ").");
        return PostgresTestDatabase.url().orElseThrow();
    }

    /** The schema history and the number of rows of the tables a start writes to. */
    private static String contents(String url) throws SQLException {
        var text = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(url, "outreach", "");
                Statement statement = connection.createStatement()) {
            for (String sql : List.of(
                    "select installed_rank || ' ' || version || ' ' || success from"
                            + " flyway_schema_history order by installed_rank",
                    "select count(*) from app_user",
                    "select count(*) from audit_event",
                    "select count(*) from meeting")) {
                try (ResultSet result = statement.executeQuery(sql)) {
                    while (result.next()) {
                        text.append(result.getString(1)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    /** Waits until the H2 shell has opened the database and asks for input. */
    private static void awaitPrompt(InputStream in) throws IOException {
        var seen = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            seen.append((char) c);
            if (seen.toString().contains("sql>")) {
                return;
            }
        }
        throw new IllegalStateException(
                "The H2 shell ended: " + new String(seen.toString().getBytes(), StandardCharsets.UTF_8));
    }
}
