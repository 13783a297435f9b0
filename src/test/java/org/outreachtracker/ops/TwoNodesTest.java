package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreachtracker.PostgresTestDatabase;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.AccountDraft;
import org.outreachtracker.account.Role;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditFilter;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.TrailCheck;
import org.outreachtracker.audit.TrailProgress;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.StartupLock;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Two application nodes on one PostgreSQL database, as behind a load balancer: they start
 * together on an empty database and create the first administrator once; a meeting logged on
 * one is there on the other; concurrent edits of one meeting through both are caught; no
 * scheduled work runs on either node.
 */
@ExtendWith(PostgresTestDatabase.Condition.class)
@Tag("application")
class TwoNodesTest {

    static final Duration PATIENCE = Duration.ofMinutes(8);

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
    void twoNodesShareOneDatabase() throws Exception {
        // Both nodes start on an empty database while "a third node" holds the start-up lock,
        // as if it were half-way through creating the first administrator.
        try (Connection connection = connect()) {
            connection.createStatement().execute("create schema " + schema);
            try (Connection lockHolder = connect()) {
                advisoryLock(lockHolder, "pg_advisory_lock");
                ExecutorService starter = Executors.newFixedThreadPool(2);
                // One JVM has one logging system, which a starting application re-initialises:
                // the second node starts once the first is past that and waiting for the lock.
                Future<Node> startingA = starter.submit(() -> startProductionNode("node-a"));
                awaitWaitingForTheLock(connection, "node-a", startingA);
                Future<Node> startingB = starter.submit(() -> startProductionNode("node-b"));
                awaitWaitingForTheLock(connection, "node-b", startingB);
                assertThat(count(connection, "app_user"))
                        .as("accounts created while the lock was held")
                        .isZero();

                advisoryLock(lockHolder, "pg_advisory_unlock");
                nodes.add(startingA.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
                nodes.add(startingB.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
                starter.shutdown();
            }
            assertThat(count(connection, "app_user"))
                    .as("accounts after both nodes started")
                    .isEqualTo(1);
        }
        Node a = nodes.get(0);
        Node b = nodes.get(1);
        assertThat(a.port()).isNotEqualTo(b.port());
        assertThat(a.get("/actuator/health/readiness")).as("node A ready").isEqualTo(200);
        assertThat(b.get("/actuator/health/readiness")).as("node B ready").isEqualTo(200);
        long adminCreated = a.as(
                "admin",
                () -> a.bean(AuditService.class)
                        .search(
                                new AuditFilter(null, AuditAction.CREATED, AuditedObject.USER, null, null, null),
                                PageRequest.of(0, 10))
                        .getTotalElements());
        assertThat(adminCreated)
                .as("'account created' events for the first administrator")
                .isEqualTo(1);

        // Accounts and outreach created on node A.
        long japan = a.as(
                "admin",
                () -> a.bean(ReferenceService.class).countries().stream()
                        .filter(c -> c.code().equals("JP"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        a.as("admin", () -> {
            var admin = a.bean(AccountAdminService.class);
            admin.create("manager", new AccountDraft("Manager on two nodes", EnumSet.of(Role.MANAGER), Set.of()));
            admin.create(
                    "officer", new AccountDraft("Officer on two nodes", EnumSet.of(Role.DESK_OFFICER), Set.of(japan)));
            return null;
        });
        TestOutreach outreach = new TestOutreach(a.select().context);
        CampaignDetails campaign = outreach.activeCampaign(30, Set.of(japan), "Point");
        CounterpartRef minister = outreach.counterpart("JP", TestOutreach.unique("Minister"));
        MeetingDraft draft = outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(2),
                Set.of(minister.id()),
                List.of(),
                OverallResponse.RECEPTIVE,
                "Logged on node A.",
                List.of());

        // A meeting logged on node A is there on node B.
        long id = a.as("officer", () -> a.bean(MeetingService.class).log(draft));
        MeetingDetails onB =
                b.as("officer", () -> b.bean(MeetingService.class).meeting(id).orElseThrow());
        assertThat(onB.summary()).isEqualTo("Logged on node A.");
        assertThat(b.as(
                        "manager",
                        () -> b.bean(MeetingService.class)
                                .search(
                                        new MeetingFilter(
                                                campaign.id(),
                                                null,
                                                null,
                                                null,
                                                null,
                                                false,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null),
                                        PageRequest.of(0, 10))
                                .getContent()))
                .extracting(row -> row.id())
                .containsExactly(id);

        // Opened on both nodes; saved on A; the save on B with what it opened is refused.
        long opened = onB.version();
        a.as("officer", () -> {
            a.bean(MeetingService.class).update(id, opened, edited(draft, "Edited on node A."));
            return null;
        });
        assertThatThrownBy(() -> b.as("manager", () -> {
                    b.bean(MeetingService.class).update(id, opened, edited(draft, "Edited on node B."));
                    return null;
                }))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(b.as(
                        "manager",
                        () -> b.bean(MeetingService.class)
                                .meeting(id)
                                .orElseThrow()
                                .summary()))
                .isEqualTo("Edited on node A.");

        // Both save at the same moment, each with the version it opened: one is saved, one refused.
        long current = a.as(
                "manager",
                () -> a.bean(MeetingService.class).meeting(id).orElseThrow().version());
        var together = new CyclicBarrier(2);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        Future<String> editA = editors.submit(() -> save(a, id, current, edited(draft, "Race: node A."), together));
        Future<String> editB = editors.submit(() -> save(b, id, current, edited(draft, "Race: node B."), together));
        List<String> outcomes = List.of(editA.get(1, TimeUnit.MINUTES), editB.get(1, TimeUnit.MINUTES));
        editors.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "refused as a concurrent change");
        MeetingDetails after =
                a.as("manager", () -> a.bean(MeetingService.class).meeting(id).orElseThrow());
        assertThat(after.version()).isEqualTo(current + 1);
        assertThat(after.summary()).isEqualTo(outcomes.get(0).equals("saved") ? "Race: node A." : "Race: node B.");

        // Both nodes write audit events at the same time: they form one unbroken, sealed chain.
        var writers = Executors.newFixedThreadPool(2);
        List<Future<?>> appends = new ArrayList<>();
        for (Node node : List.of(a, b)) {
            appends.add(writers.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    node.bean(AuditLog.class)
                            .event(
                                    "two-nodes",
                                    AuditAction.SIGN_IN_FAILED,
                                    null,
                                    null,
                                    AuditOutcome.FAILURE,
                                    null,
                                    node.name + " " + i);
                }
                return null;
            }));
        }
        for (Future<?> append : appends) {
            append.get(2, TimeUnit.MINUTES);
        }
        writers.shutdown();
        TrailCheck trail = b.as("admin", () -> b.bean(AuditService.class).verify(TrailProgress.NONE));
        assertThat(trail.intact()).as(trail.summary()).isTrue();

        // The tests run scheduled work by hand (outreach.scheduling.enabled=false): no timers on either node.
        for (Node node : nodes) {
            assertThat(node.context.getBeanProvider(ScheduledTaskHolder.class).stream()
                            .flatMap(holder -> holder.getScheduledTasks().stream())
                            .toList())
                    .as("scheduled tasks on " + node.name)
                    .isEmpty();
        }
    }

    private Node startProductionNode(String name) {
        return Node.start(
                name, schema, "--outreach.demo.enabled=false", "--OUTREACH_ADMIN_PASSWORD=two-nodes-first-admin");
    }

    private static String save(Node node, long id, long version, MeetingDraft draft, CyclicBarrier together) {
        return node.as("manager", () -> {
            try {
                together.await(1, TimeUnit.MINUTES);
                node.bean(MeetingService.class).update(id, version, draft);
                return "saved";
            } catch (ConcurrentChangeException refused) {
                return "refused as a concurrent change";
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static MeetingDraft edited(MeetingDraft draft, String summary) {
        return new MeetingDraft(
                draft.campaignId(),
                draft.countryId(),
                draft.postId(),
                draft.meetingDate(),
                draft.format(),
                draft.deliveredBy(),
                draft.counterpartIds(),
                draft.raisedPoints(),
                draft.overallResponse(),
                summary,
                null,
                draft.handlingMarking(),
                List.of());
    }

    /**
     * Waits until the node's start-up is polling for the start-up lock (seen in pg_stat_activity).
     * A node whose start failed meanwhile fails the test with its own error; one still not polling
     * when the patience runs out fails it with what its database sessions were doing.
     */
    private void awaitWaitingForTheLock(Connection connection, String name, Future<Node> starting) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (sessions(connection, name).stream()
                .noneMatch(query -> query.startsWith("select pg_try_advisory_lock"))) {
            if (starting.isDone()) {
                starting.get(); // throws the start's own failure
                throw new AssertionError(name + " started without waiting for the start-up lock");
            }
            assertThat(System.nanoTime())
                    .as(
                            "%s polling for the start-up lock within %s; its sessions were running: %s",
                            name, PATIENCE, sessions(connection, name))
                    .isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos()); // polling for the condition above
        }
    }

    /** The latest statement of each database session of the node. */
    private List<String> sessions(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select state || ': ' || query from pg_stat_activity" + " where application_name = ?")) {
            query.setString(1, Node.applicationName(name, schema));
            List<String> queries = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    queries.add(String.valueOf(result.getString(1)).replaceFirst("^[a-z ()]+: ", ""));
                }
            }
            return queries;
        }
    }

    private void advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?, ?)")) {
            statement.setInt(1, StartupLock.LOCK_SPACE);
            statement.setInt(2, StartupLock.key(schema + ":" + StartupLock.FIRST_START));
            statement.execute();
        }
    }

    private long count(Connection connection, String table) throws SQLException {
        try (ResultSet result =
                connection.createStatement().executeQuery("select count(*) from " + schema + "." + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                PostgresTestDatabase.url().orElseThrow(), PostgresTestDatabase.user(), PostgresTestDatabase.password());
    }
}
