package org.outreachtracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Simulated desk officers logging meetings through one address (a node, or a load balancer in
 * front of several), one thread each, from the moment they are started until {@link #stop()}.
 * Every save the user saw confirmed (the form opened the new meeting) is kept with the node that
 * held the session, and every failure with what the page said; a user who meets a failure waits
 * a second and starts again from signing in, as a person sent back to the sign-in page does.
 */
public final class DeskOfficers implements AutoCloseable {

    /** Who logs what: an account, its password, the campaign and the desk countries to log meetings in. */
    public record Desk(String username, String password, long campaign, List<String> countries) {}

    /** A confirmed save: the meeting's id, the user, the node that held the session, when (nanoTime). */
    public record Save(long id, String user, String node, long at) {}

    /** A failure a user met: the user, the node of the session before it, when, and what was said. */
    public record Failure(String user, String node, long at, String what) {}

    private final ConcurrentLinkedQueue<Save> saves = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<String> tryAgain;
    private volatile boolean stopping;

    private DeskOfficers(List<String> tryAgain) {
        this.tryAgain = tryAgain;
    }

    /**
     * Signs the users in one after the other (so that a balancer spreads them over its nodes),
     * then lets each log meetings with {@code think} between the form's steps. {@code tryAgain}
     * are the texts that tell a user to try again; a failure whose page shows one says so.
     */
    public static DeskOfficers start(URI base, List<Desk> desks, Duration think, List<String> tryAgain) {
        var officers = new DeskOfficers(tryAgain);
        HttpClient http = FlowClient.newHttpClient();
        FlowClient.Recorder ignore = (what, nanos, ok) -> {};
        for (int i = 0; i < desks.size(); i++) {
            Desk desk = desks.get(i);
            String user = desk.username() + "#" + (i + 1);
            FlowClient first = new FlowClient(http, base, ignore);
            first.signIn(desk.username(), desk.password());
            Runnable pause = () -> officers.pause(
                    think.toMillis() / 2 + ThreadLocalRandom.current().nextLong(Math.max(1, think.toMillis())));
            officers.threads.add(Thread.ofVirtual().name(user).start(() -> {
                FlowClient client = first;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (!officers.stopping) {
                    String node = client == null ? "" : client.sessionNode();
                    try {
                        if (client == null) {
                            client = new FlowClient(http, base, ignore);
                            client.signIn(desk.username(), desk.password());
                            node = client.sessionNode();
                        }
                        String country = desk.countries()
                                .get(random.nextInt(desk.countries().size()));
                        client.open("meetings/new", "campaign=" + desk.campaign() + "&country=" + country);
                        long id = MeetingForm.fillAndSave(client, pause, random);
                        officers.saves.add(new Save(id, user, client.sessionNode(), System.nanoTime()));
                    } catch (RuntimeException e) {
                        if (!officers.stopping) {
                            officers.failures.add(new Failure(user, node, System.nanoTime(), officers.said(client, e)));
                        }
                        client = null;
                        officers.pause(1_000);
                    }
                }
            }));
        }
        return officers;
    }

    /** The failure, and what the page told the user when it shows one of the "try again" texts. */
    private String said(FlowClient client, RuntimeException failure) {
        String page = client == null ? "" : client.pageText();
        for (String told : tryAgain) {
            if (page.contains(told)) {
                return failure.getMessage() + " (the page says: " + told + ")";
            }
        }
        return failure.getMessage();
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int count() {
        return threads.size();
    }

    /** Waits until every user chosen by {@code who} has a confirmed save after {@code after} (nanoTime). */
    public void awaitSaves(Predicate<String> who, long after, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Set<String> waiting = new TreeSet<>();
            threads.forEach(t -> {
                if (who.test(t.getName())) {
                    waiting.add(t.getName());
                }
            });
            saves.forEach(save -> {
                if (save.at() > after) {
                    waiting.remove(save.user());
                }
            });
            if (waiting.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Users without a confirmed save within " + patience + "; saves: " + saves.size()
                + ", failures: " + failures);
    }

    /** The time by which every user chosen by {@code who} had saved after {@code after}. */
    public long lastFirstSaveAfter(Predicate<String> who, long after) {
        Map<String, Long> first = new LinkedHashMap<>();
        saves.forEach(save -> {
            if (save.at() > after && who.test(save.user())) {
                first.merge(save.user(), save.at(), Math::min);
            }
        });
        return first.values().stream().mapToLong(Long::longValue).max().orElse(after);
    }

    /** Each user's node at their latest save. */
    public Map<String, String> nodes() {
        Map<String, String> nodes = new LinkedHashMap<>();
        saves.forEach(save -> nodes.put(save.user(), save.node()));
        return nodes;
    }

    /**
     * The confirmed saves whose meeting is not in {@code meetingTable} (a PostgreSQL table, with
     * its schema) or is deleted there: what a failure lost.
     */
    public Set<Long> missingFrom(Connection connection, String meetingTable) throws SQLException {
        List<Save> confirmed = saves();
        Set<Long> present = new TreeSet<>();
        try (var statement = connection.prepareStatement(
                "select id from " + meetingTable + " where deleted_at is null and id = any (?)")) {
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "bigint", confirmed.stream().map(Save::id).toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    present.add(rows.getLong(1));
                }
            }
        }
        Set<Long> missing = new TreeSet<>();
        confirmed.forEach(save -> missing.add(save.id()));
        missing.removeAll(present);
        return missing;
    }

    public List<Save> saves() {
        return List.copyOf(saves);
    }

    public List<Save> savesAfter(long at) {
        return saves.stream().filter(save -> save.at() > at).toList();
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    public void stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join(Duration.ofMinutes(2));
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
