package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditFilter;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Backups of the embedded database, written from the running application and from the command
 * line, restored into fresh databases: every meeting of the original is there, and a backup
 * taken while meetings are being logged is one consistent moment.
 */
@IntegrationTest
class BackupRestoreTest {

    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /** A meeting as stored, with everything that hangs off it, as one comparable line. */
    static final String MEETINGS = """
            select m.id || '|' || m.version || '|' || m.campaign_id || '|' || m.country_id || '|' || m.post_id
                   || '|' || m.meeting_date || '|' || coalesce(m.overall_response, '-') || '|' || m.summary
                   || '|' || coalesce(cast(m.deleted_at as varchar(40)), '-') || '|' || m.updated_at
                   || '|' || (select count(*) from meeting_point p where p.meeting_id = m.id)
                   || '|' || (select count(*) from meeting_counterpart c where c.meeting_id = m.id)
                   || '|' || (select count(*) from follow_up f where f.meeting_id = m.id)
            from meeting m order by m.id
            """;

    @Autowired
    BackupService backups;

    @Autowired
    AuditService audit;

    @Autowired
    MeetingService meetings;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path temp;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void aBackupRestoredIntoAFreshDatabaseHoldsEveryMeetingOfTheOriginal() throws Exception {
        TestSignIn.as(users, "admin");
        List<String> original = lines(dataSource, MEETINGS);

        BackupFile backup = backups.backUpNow();

        assertThat(backups.backups()).first().isEqualTo(backup);
        Path file = Path.of(backups.folder()).resolve(backup.name());
        assertThat(Files.size(file)).isEqualTo(backup.size()).isPositive();
        assertThat(audit.search(
                                new AuditFilter(
                                        "admin",
                                        AuditAction.BACKED_UP,
                                        AuditedObject.DATABASE,
                                        backup.name(),
                                        null,
                                        null),
                                PageRequest.of(0, 5))
                        .getContent())
                .singleElement()
                .satisfies(event -> assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS));

        String restored = freshDatabase("restored");
        Command restore = command("--outreach.restore=" + file, "--spring.datasource.url=" + restored);
        assertThat(restore.exit).as(restore.output).isZero();
        assertThat(restore.output).contains("Restored", original.size() + " meetings");

        try (Connection connection = connect(restored)) {
            assertThat(lines(connection, MEETINGS))
                    .as("meetings of the restored database")
                    .hasSizeGreaterThan(400)
                    .isEqualTo(original);
            assertThat(lines(connection, "select version || ' ' || script from flyway_schema_history order by 1"))
                    .isEqualTo(
                            lines(dataSource, "select version || ' ' || script from flyway_schema_history order by 1"));
            assertThat(lines(
                            connection,
                            "select object_id from audit_event where action = 'RESTORED'"
                                    + " and object_type = 'DATABASE'"))
                    .containsExactly(backup.name());
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("delete from audit_event"))
                        .as("the restored audit trail is append-only too")
                        .isInstanceOf(SQLException.class);
            }
        }

        Command again = command("--outreach.restore=" + file, "--spring.datasource.url=" + restored);
        assertThat(again.exit).as("restoring over data is refused").isEqualTo(2);
        assertThat(again.output).contains("already holds data", "nothing was restored");
        try (Connection connection = connect(restored)) {
            assertThat(lines(connection, MEETINGS)).isEqualTo(original);
        }
    }

    @Test
    void theCommandLineBacksUpAStoppedDatabaseAndThatBackupRestoresToo() throws Exception {
        TestSignIn.as(users, "admin");
        Path source = Path.of(backups.folder()).resolve(backups.backUpNow().name());
        String stopped = freshDatabase("stopped");
        assertThat(command("--outreach.restore=" + source, "--spring.datasource.url=" + stopped).exit)
                .isZero();
        List<String> original;
        try (Connection connection = connect(stopped)) {
            original = lines(connection, MEETINGS);
        }

        Path folder = temp.resolve("cli-backups");
        Command backUp = command(
                "--outreach.backup=now", "--spring.datasource.url=" + stopped, "--outreach.backup.folder=" + folder);

        assertThat(backUp.exit).as(backUp.output).isZero();
        assertThat(backUp.output).contains("Backup written: " + folder.toAbsolutePath());
        List<BackupFile> written = H2Backups.list(folder);
        assertThat(written).hasSize(1);
        String copy = freshDatabase("copy");
        assertThat(command(
                                "--outreach.restore="
                                        + folder.resolve(written.getFirst().name()),
                                "--spring.datasource.url=" + copy)
                        .exit)
                .isZero();
        try (Connection connection = connect(copy)) {
            assertThat(lines(connection, MEETINGS)).isEqualTo(original).isNotEmpty();
        }

        Command missing = command(
                "--outreach.backup=now",
                "--spring.datasource.url=jdbc:h2:file:" + temp.resolve("no-such-database") + H2_SETTINGS,
                "--outreach.backup.folder=" + folder);
        assertThat(missing.exit).isEqualTo(1);
        assertThat(missing.output).contains("There is no database at", "outreach.data-dir");
        assertThat(temp.resolve("no-such-database.mv.db"))
                .as("no empty database created by mistake")
                .doesNotExist();

        Command postgres =
                command("--outreach.backup=now", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/outreach");
        assertThat(postgres.exit).isEqualTo(2);
        assertThat(postgres.output).contains("pg_dump");
    }

    @Test
    void aBackupTakenWhileMeetingsAreBeingLoggedIsOneConsistentMoment() throws Exception {
        var outreach = new TestOutreach(context);
        CampaignDetails campaign = outreach.activeCampaign(30, outreach.countryIds("JP"), "Point");
        List<Long> logged = new CopyOnWriteArrayList<>();
        var stop = new AtomicBoolean();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writing = writer.submit(() -> {
            TestSignIn.as(users, "officer");
            while (!stop.get()) {
                var draft = outreach.simpleMeeting(
                        campaign,
                        "JP",
                        outreach.daysAgo(1),
                        OverallResponse.RECEPTIVE,
                        "Logged while a backup is written.");
                TestSignIn.as(users, "officer");
                logged.add(meetings.log(draft));
            }
            return null;
        });
        try {
            await(() -> logged.size() >= 3, "meetings logged before the backup");
            TestSignIn.as(users, "admin");
            BackupFile backup = backups.backUpNow();
            int afterBackup = logged.size();
            await(() -> logged.size() > afterBackup, "a meeting logged after the backup");
            stop.set(true);
            writing.get(1, TimeUnit.MINUTES);

            String restored = freshDatabase("consistent");
            assertThat(command(
                                    "--outreach.restore="
                                            + Path.of(backups.folder()).resolve(backup.name()),
                                    "--spring.datasource.url=" + restored)
                            .exit)
                    .isZero();
            try (Connection connection = connect(restored)) {
                Set<Long> meetingsInBackup =
                        ids(connection, "select id from meeting where campaign_id = " + campaign.id());
                Set<Long> creationsInBackup = new TreeSet<>();
                for (String id : lines(
                        connection,
                        "select object_id from audit_event where action = 'CREATED'"
                                + " and object_type = 'MEETING'")) {
                    if (logged.contains(Long.valueOf(id))) {
                        creationsInBackup.add(Long.valueOf(id));
                    }
                }
                assertThat(meetingsInBackup)
                        .as("meetings in the backup, taken while meetings were logged")
                        .hasSizeGreaterThanOrEqualTo(3)
                        .hasSizeLessThan(logged.size());
                assertThat(creationsInBackup)
                        .as("their 'created' audit events: the same moment for both tables")
                        .isEqualTo(meetingsInBackup);
            }
        } finally {
            stop.set(true);
            writer.shutdownNow();
            TestSignIn.anonymous();
            outreach.closeCampaigns();
        }
    }

    record Command(int exit, String output) {}

    private static Command command(String... args) {
        var buffer = new ByteArrayOutputStream();
        var print = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int exit = DatabaseCommands.run(args, print, print);
        return new Command(exit, buffer.toString(StandardCharsets.UTF_8));
    }

    private String freshDatabase(String name) {
        return "jdbc:h2:file:" + temp.resolve(name).toAbsolutePath() + H2_SETTINGS;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "outreach", "");
    }

    private static List<String> lines(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return lines(connection, sql);
        }
    }

    private static List<String> lines(Connection connection, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                lines.add(result.getString(1));
            }
        }
        return lines;
    }

    private static Set<Long> ids(Connection connection, String sql) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        for (String id : lines(connection, sql)) {
            ids.add(Long.valueOf(id));
        }
        return ids;
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // polling for the condition
        }
    }
}
