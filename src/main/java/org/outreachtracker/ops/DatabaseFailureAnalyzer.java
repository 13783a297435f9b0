package org.outreachtracker.ops;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Turns a start that fails on the database into one message that says what is wrong and which
 * setting to fix: a wrong user name or password, an unreachable or misspelt database, a URL
 * that is not a database URL, an H2 database file another process holds, or a schema written
 * by a newer version of the application. Each of these fails before anything is written (the
 * migrations validate the schema first, and nothing else runs before them). Registered in
 * {@code META-INF/spring.factories}; Spring Boot prints the analysis instead of a stack trace.
 */
public class DatabaseFailureAnalyzer implements FailureAnalyzer, Ordered {

    static final String URL = "spring.datasource.url";
    static final String USERNAME = "spring.datasource.username";
    static final String PASSWORD = "spring.datasource.password";
    static final String NOTHING_CHANGED = " The application stopped before changing anything.";

    /** Flyway: "Detected applied migration not resolved locally: 99." */
    private static final Pattern NOT_RESOLVED =
            Pattern.compile("applied migration not resolved locally: ([0-9]+(?:\\.[0-9]+)*)");

    private final Environment environment;

    public DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        FlywayValidateException invalid = find(failure, FlywayValidateException.class);
        if (invalid != null) {
            return schemaMismatch(invalid, failure);
        }
        for (SQLException each : all(failure, SQLException.class)) {
            FailureAnalysis analysis = refused(each, failure, false);
            if (analysis != null) {
                return analysis;
            }
        }
        if (find(failure, UnknownHostException.class) != null) {
            return analysis(
                    "The database server named in " + URL + " (" + url() + ") is unknown: its host name"
                            + " does not resolve." + NOTHING_CHANGED,
                    "Correct the host in " + URL + ".",
                    failure);
        }
        for (SQLException each : all(failure, SQLException.class)) {
            FailureAnalysis analysis = refused(each, failure, true);
            if (analysis != null) {
                return analysis;
            }
        }
        if (find(failure, ConnectException.class) != null || find(failure, NoRouteToHostException.class) != null) {
            return unreachable(failure);
        }
        if (find(failure, SocketTimeoutException.class) != null) {
            return analysis(
                    "The database server at " + url() + " (" + URL + ") did not answer in time." + NOTHING_CHANGED,
                    "Check that the server is running and reachable from this machine"
                            + " (firewall, network), or correct " + URL + ".",
                    failure);
        }
        boolean noDriver = all(failure, Throwable.class).stream()
                .map(t -> String.valueOf(t.getMessage()))
                .anyMatch(message -> message.contains("No suitable driver")
                        || message.contains("Failed to get driver instance")
                        || message.contains("claims to not accept jdbcUrl")
                        || message.contains("Failed to determine a suitable driver class"));
        return noDriver ? notAUrl(failure) : null;
    }

    /** What the database said, specific answers first; with {@code generic}, also "could not connect". */
    private FailureAnalysis refused(SQLException sql, Throwable failure, boolean generic) {
        String state = String.valueOf(sql.getSQLState());
        // SQL states: 28P01/28000 authentication failed (PostgreSQL, H2), 3D000 no such database
        // (PostgreSQL), 08xxx connection failures (08004 when no password was given); H2 error
        // 90020: the file is in use.
        boolean noPassword =
                state.equals("08004") && String.valueOf(sql.getMessage()).contains("password");
        if (state.equals("28P01") || state.equals("28000") || noPassword) {
            return analysis(
                    "The database refused the user name or password: user '" + username() + "' at " + url() + "."
                            + NOTHING_CHANGED,
                    "Set " + USERNAME + " and " + PASSWORD + " to the database account's. Keep the password out"
                            + " of files: give it as the environment variable SPRING_DATASOURCE_PASSWORD.",
                    failure);
        }
        if (state.equals("3D000")) {
            return analysis(
                    "The database named in " + URL + " (" + url() + ") does not exist on that server."
                            + NOTHING_CHANGED,
                    "Create the database (createdb), or correct its name in " + URL + ".",
                    failure);
        }
        if (sql.getErrorCode() == 90020) {
            return analysis(
                    "The H2 database file is in use by another process (" + url() + "): another"
                            + " instance of the application, or a backup command, has it open. H2 serves one"
                            + " application process." + NOTHING_CHANGED,
                    "Stop the other process, or give this instance its own outreach.data-dir. To run several"
                            + " application nodes on one database, use PostgreSQL (see the README).",
                    failure);
        }
        if (generic
                && state.startsWith("08")
                && !String.valueOf(sql.getMessage()).contains("No suitable driver")) {
            return unreachable(failure);
        }
        return null;
    }

    private FailureAnalysis unreachable(Throwable failure) {
        return analysis(
                "No database answers at " + url() + " (" + URL + "): the connection was refused or"
                        + " could not be made." + NOTHING_CHANGED,
                "Start the database server, or correct the host and" + " port in " + URL + ".",
                failure);
    }

    private FailureAnalysis notAUrl(Throwable failure) {
        return analysis(
                "'" + url() + "' (" + URL + ") is not a database address this application can use." + NOTHING_CHANGED,
                "Set " + URL + " to jdbc:h2:file:… (the embedded database) or"
                        + " jdbc:postgresql://host:port/database, or remove it to use the embedded database in"
                        + " outreach.data-dir.",
                failure);
    }

    private FailureAnalysis schemaMismatch(FlywayValidateException invalid, Throwable failure) {
        Matcher future = NOT_RESOLVED.matcher(invalid.getMessage());
        if (future.find()) {
            return analysis(
                    "The database at " + url() + " (" + URL + ") has been updated by a newer version of"
                            + " Outreach Tracker: its schema has migration " + future.group(1) + ", which this version"
                            + " does not know. This version will not run on it." + NOTHING_CHANGED,
                    "Run the newer version of the application, or set " + URL + " to a database of this"
                            + " version (for example one restored from a backup taken with it).",
                    failure);
        }
        return analysis(
                "The schema of the database at " + url() + " (" + URL + ") does not match this version"
                        + " of Outreach Tracker: " + firstLine(invalid.getMessage()) + NOTHING_CHANGED,
                "Set " + URL + " to this installation's own database. Never edit the schema or the"
                        + " flyway_schema_history table by hand.",
                failure);
    }

    /** The database URL as set, any password in it masked. */
    private String url() {
        return Redaction.url(environment.getProperty(URL, "(not set)"));
    }

    private String username() {
        return environment.getProperty(USERNAME, "");
    }

    private static FailureAnalysis analysis(String description, String action, Throwable cause) {
        return new FailureAnalysis(description, action, cause);
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static <E extends Throwable> E find(Throwable failure, Class<E> type) {
        List<E> found = all(failure, type);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Every throwable of the type among the failure and its causes, outermost first. */
    private static <E extends Throwable> List<E> all(Throwable failure, Class<E> type) {
        List<E> found = new ArrayList<>();
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                found.add(type.cast(t));
            }
        }
        return found;
    }
}
