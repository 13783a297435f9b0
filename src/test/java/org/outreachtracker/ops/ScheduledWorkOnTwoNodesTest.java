package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreachtracker.PostgresTestDatabase;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.notification.Delivery;
import org.outreachtracker.notification.NotificationJobs;
import org.outreachtracker.notification.NotificationKind;
import org.outreachtracker.notification.NotificationService;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.SystemAccess;

/**
 * Reminders on two nodes sharing one PostgreSQL database, as behind a load balancer: both run
 * the due-date check and the daily digest at the same moment, several times over, and each person
 * is told once per subject and gets one digest, never two. (E-mail is on, pointing at a port
 * where no server listens: digests are queued, which is what is counted.)
 */
@ExtendWith(PostgresTestDatabase.Condition.class)
@Tag("application")
class ScheduledWorkOnTwoNodesTest {

    static final String OFFICER_EMAIL = "two.nodes@ministry.example";

    final String schema = PostgresTestDatabase.newSchemaName();
    final List<Node> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws SQLException {
        nodes.forEach(Node::close);
        try (Connection connection = connect();
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void bothNodesRunTheRemindersAndEachPersonIsToldOnceAndGetsOneDigest() throws Exception {
        try (Connection connection = connect()) {
            connection.createStatement().execute("create schema " + schema);
        }
        int noServer = freePort();
        Node a = start("sched-a", noServer);
        Node b = start("sched-b", noServer);

        long japan = a.as(
                "admin",
                () -> a.bean(ReferenceService.class).countries().stream()
                        .filter(c -> c.code().equals("JP"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        a.select();
        long officerId = a.bean(SystemAccess.class).asSystem(() -> {
            var accounts = a.bean(AccountAdminService.class);
            accounts.createAccount(new NewAccount(
                    "manager",
                    "Manager on two nodes",
                    "Pw-" + java.util.UUID.randomUUID(),
                    EnumSet.of(Role.MANAGER),
                    Set.of()));
            return accounts.createAccount(new NewAccount(
                    "officer",
                    "Officer on two nodes",
                    "Pw-" + java.util.UUID.randomUUID(),
                    EnumSet.of(Role.DESK_OFFICER),
                    Set.of(japan),
                    OFFICER_EMAIL));
        });
        a.as("officer", () -> {
            a.bean(NotificationService.class).choose(NotificationKind.FOLLOW_UP_DUE, Delivery.DAILY_DIGEST);
            return null;
        });
        TestOutreach outreach = new TestOutreach(a.context);
        CampaignDetails campaign = outreach.activeCampaign(30, Set.of(japan), "Point");
        for (String action : List.of("Send the non-paper", "Call the vice-minister's office")) {
            a.as(
                    "manager",
                    () -> a.bean(FollowUpService.class)
                            .create(
                                    campaign.id(),
                                    japan,
                                    new FollowUpDraft(
                                            action, officerId, outreach.today().plusDays(1), Priority.HIGH)));
        }

        List<String> ran = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            ran.add("check "
                    + together(a, b, node -> node.bean(NotificationJobs.class).checkDueDates()));
            ran.add("daily "
                    + together(a, b, node -> node.bean(NotificationJobs.class).daily()));
        }

        // Which node ran each job: the lock lets one through when the runs overlap.
        System.out.println("Scheduled work on two nodes, run by: " + ran);
        try (Connection connection = connect()) {
            assertThat(count(
                            connection,
                            "select count(*) from notification where recipient_id = ? and kind = 'FOLLOW_UP_DUE'",
                            officerId))
                    .as("reminders of the two follow-ups due tomorrow (runs: %s)", ran)
                    .isEqualTo(2);
            assertThat(count(
                            connection,
                            "select count(*) from mail_outbox where recipient_id = ? and subject like '%daily digest%'",
                            officerId))
                    .as("digests queued for the officer (runs: %s)", ran)
                    .isEqualTo(1);
            assertThat(count(connection, "select count(*) from shedlock where name like 'notification-%'", null))
                    .as("the lock rows the nodes shared")
                    .isEqualTo(2);
        }
    }

    /** Runs the job on both nodes at the same moment; which of them ran it ("a+b", "a", "b"). */
    private static String together(Node a, Node b, Function<Node, Optional<Integer>> job) throws Exception {
        var barrier = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<Integer>> onA = threads.submit(() -> {
                barrier.await();
                return job.apply(a);
            });
            Future<Optional<Integer>> onB = threads.submit(() -> {
                barrier.await();
                return job.apply(b);
            });
            boolean ranOnA = onA.get(2, TimeUnit.MINUTES).isPresent();
            boolean ranOnB = onB.get(2, TimeUnit.MINUTES).isPresent();
            return ranOnA && ranOnB ? "a+b" : ranOnA ? "a" : ranOnB ? "b" : "none";
        } finally {
            threads.shutdown();
        }
    }

    private Node start(String name, int smtpPort) {
        Node node = Node.start(
                name,
                schema,
                "--outreach.demo.enabled=false",
                "--OUTREACH_ADMIN_PASSWORD=two-nodes-first-admin",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort);
        nodes.add(node);
        return node;
    }

    private long count(Connection connection, String sql, Long parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                sql.replace(" from ", " from " + schema + ".").replace(schema + "." + schema, schema))) {
            if (parameter != null) {
                statement.setLong(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                PostgresTestDatabase.url().orElseThrow(), PostgresTestDatabase.user(), PostgresTestDatabase.password());
    }
}
