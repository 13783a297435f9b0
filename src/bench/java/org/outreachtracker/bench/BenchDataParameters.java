package org.outreachtracker.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.outreachtracker.PostgresTestDatabase;

/**
 * What the bench data generator makes. {@link #parse} refuses nonsense with a message that says
 * what is accepted; nothing is written before the parameters are accepted.
 *
 * @param directory the folder of the H2 file database ({@code outreach.mv.db}) and its description; on
 *     PostgreSQL only the description's
 * @param meetings meetings to generate (0 for a database with accounts and reference data only)
 * @param campaigns campaigns spread over the past fifteen years
 * @param users user accounts (desk officers, managers, a few administrators)
 * @param posts posts in total: the reference posts plus generated consulates
 * @param seed the random seed; the same parameters give the same data
 * @param database where the data set lives: an H2 file in {@code directory}, or a schema of its own
 *     ({@link #schema()}) on the PostgreSQL server the integration tests use ({@link PostgresTestDatabase})
 */
record BenchDataParameters(
        Path directory, int meetings, int campaigns, int users, int posts, long seed, Database database) {

    /** The databases a data set can be generated into and the scenarios run on. */
    enum Database {
        H2("h2"),
        POSTGRES("postgres");

        private final String option;

        Database(String option) {
            this.option = option;
        }

        String option() {
            return option;
        }

        static Database of(String text) {
            for (Database database : values()) {
                if (database.option.equals(text.trim().toLowerCase(java.util.Locale.ROOT))) {
                    return database;
                }
            }
            throw refused("--database=" + text + " is not a database the bench knows (accepted: h2, postgres).");
        }
    }

    static final int MAX_MEETINGS = 10_000_000;
    static final int MAX_CAMPAIGNS = 200;
    static final int MIN_USERS_WITH_MEETINGS = 20;
    static final int MAX_USERS = 100_000;
    static final int MAX_POSTS = 2_000;
    static final String DATA_FILE = "outreach.mv.db";
    static final String DESCRIPTION_FILE = "dataset.properties";

    static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("meetings", "meetings to generate, 0 to " + MAX_MEETINGS + " (e.g. 1e6 or 1000000); default 1e6");
        OPTIONS.put(
                "campaigns", "campaigns, 0 to " + MAX_CAMPAIGNS + ", at least 1 when there are meetings; default 40");
        OPTIONS.put(
                "users",
                "user accounts, 0 to " + MAX_USERS + ", at least " + MIN_USERS_WITH_MEETINGS
                        + " when there are meetings; default 3000");
        OPTIONS.put("posts", "posts in total, from the number of reference posts to " + MAX_POSTS + "; default 300");
        OPTIONS.put("seed", "random seed (a whole number); default 2026");
        OPTIONS.put("db", "folder of the H2 database; default target/bench-data/<parameters>; never under ./data");
        OPTIONS.put(
                "database",
                "h2 (a file database, default) or postgres: a schema bench_<parameters> on the server given by "
                        + PostgresTestDatabase.URL + ", " + PostgresTestDatabase.USER + " and "
                        + PostgresTestDatabase.PASSWORD + " (as for the integration tests)");
    }

    /** Reads {@code --name=value} options; unknown options and impossible values are refused. */
    static BenchDataParameters parse(List<String> args, Path workingDirectory) {
        Map<String, String> values = options(args);
        int meetings = (int) number(values, "meetings", 1_000_000, 0, MAX_MEETINGS);
        int campaigns = (int) number(values, "campaigns", 40, 0, MAX_CAMPAIGNS);
        int users = (int) number(values, "users", 3_000, 0, MAX_USERS);
        int referencePosts = referencePostCount();
        int posts = (int) number(values, "posts", 300, referencePosts, MAX_POSTS);
        long seed = number(values, "seed", 2026, Long.MIN_VALUE, Long.MAX_VALUE);
        if (meetings > 0 && campaigns == 0) {
            throw refused("--campaigns=0 cannot hold " + meetings + " meetings: give at least 1 campaign,"
                    + " or --meetings=0 for an empty data set.");
        }
        if (meetings > 0 && users < MIN_USERS_WITH_MEETINGS) {
            throw refused("--users=" + users + " is too few to report " + meetings + " meetings: give at least "
                    + MIN_USERS_WITH_MEETINGS + " (desk officers, managers and an administrator).");
        }
        String name = "m" + meetings + "-c" + campaigns + "-u" + users + "-p" + posts + "-s" + seed;
        Database database = Database.of(values.getOrDefault("database", Database.H2.option()));
        if (database == Database.POSTGRES) {
            if (values.containsKey("db")) {
                throw refused("--db names the folder of an H2 database; with --database=postgres the data set is"
                        + " the schema " + schemaOf(name) + " on the server given by " + PostgresTestDatabase.URL
                        + " (leave --db out).");
            }
            // Only the description is kept here; the rows are in the schema.
            Path directory = workingDirectory
                    .resolve("target/bench-data")
                    .resolve("pg-" + name)
                    .toAbsolutePath()
                    .normalize();
            return new BenchDataParameters(directory, meetings, campaigns, users, posts, seed, database);
        }
        Path directory = values.containsKey("db")
                ? workingDirectory.resolve(requireText(values.get("db"), "db"))
                : workingDirectory.resolve("target/bench-data").resolve(name);
        directory = directory.toAbsolutePath().normalize();
        Path appData = workingDirectory.resolve("data").toAbsolutePath().normalize();
        if (directory.startsWith(appData)) {
            throw refused("--db=" + directory + " is inside the application's own data folder " + appData
                    + "; choose a folder elsewhere, e.g. target/bench-data/" + name + ".");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw refused("--db=" + directory + " is a file; give a folder (it will hold " + DATA_FILE + ").");
        }
        return new BenchDataParameters(directory, meetings, campaigns, users, posts, seed, database);
    }

    boolean postgres() {
        return database == Database.POSTGRES;
    }

    /** The PostgreSQL schema of this data set, named from its parameters (only on PostgreSQL). */
    String schema() {
        return schemaOf("m" + meetings + "-c" + campaigns + "-u" + users + "-p" + posts + "-s" + seed);
    }

    /** A lower-case identifier that needs no quoting: '-' between parameters becomes '_', a minus sign 'n'. */
    private static String schemaOf(String name) {
        return "bench_" + name.replace("-s-", "-sn").replace('-', '_');
    }

    /**
     * The database URL the application uses for this data set: the H2 file in the folder (see
     * application.properties), or the PostgreSQL server with the data set's schema as the current one.
     */
    String jdbcUrl() {
        if (postgres()) {
            return PostgresTestDatabase.urlWithSchema(schema());
        }
        return "jdbc:h2:file:" + directory.resolve("outreach")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    String user() {
        return postgres() ? PostgresTestDatabase.user() : "outreach";
    }

    String password() {
        return postgres() ? PostgresTestDatabase.password() : "";
    }

    /** Refuses PostgreSQL when no server is given (checked before anything is written). */
    void requireServer() {
        if (postgres() && PostgresTestDatabase.url().isEmpty()) {
            throw refused("--database=postgres needs a PostgreSQL server: set " + PostgresTestDatabase.URL
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/outreach), " + PostgresTestDatabase.USER + " and "
                    + PostgresTestDatabase.PASSWORD + ", as for the integration tests; in one shell,"
                    + " 'source .ci/postgres && ci_pg_start && ./mvnw -Pbench verify ...' starts a throw-away one.");
        }
    }

    /**
     * The command-line arguments that point the application at this data set: its data folder and,
     * on PostgreSQL, the server with the data set's schema (created by the migrations when missing),
     * the owner running the application and the migrations, as the integration tests do.
     */
    List<String> applicationArguments() {
        List<String> arguments = new java.util.ArrayList<>(List.of("--outreach.data-dir=" + directory));
        if (postgres()) {
            arguments.addAll(List.of(
                    "--spring.datasource.url=" + jdbcUrl(),
                    "--spring.datasource.username=" + user(),
                    "--spring.datasource.password=" + password(),
                    "--spring.flyway.schemas=" + schema(),
                    "--spring.flyway.create-schemas=true"));
        }
        return arguments;
    }

    /** The settings that point the application at this data set's database (not its data folder). */
    List<String> databaseArguments() {
        return applicationArguments().stream()
                .filter(argument -> !argument.startsWith("--outreach.data-dir="))
                .toList();
    }

    Path dataFile() {
        return directory.resolve(DATA_FILE);
    }

    Path descriptionFile() {
        return directory.resolve(DESCRIPTION_FILE);
    }

    /** The parameters as written next to the database, to tell later runs what it holds. */
    Properties describe() {
        Properties properties = new Properties();
        properties.setProperty("meetings", Integer.toString(meetings));
        properties.setProperty("campaigns", Integer.toString(campaigns));
        properties.setProperty("users", Integer.toString(users));
        properties.setProperty("posts", Integer.toString(posts));
        properties.setProperty("seed", Long.toString(seed));
        if (postgres()) {
            // Only here: descriptions of H2 data sets written before there was a choice stay valid.
            properties.setProperty("database", database.option());
        }
        return properties;
    }

    /** Whether a description written earlier was made with these parameters. */
    boolean sameAs(Properties written) {
        Properties mine = describe();
        return mine.stringPropertyNames().stream()
                .allMatch(key -> mine.getProperty(key).equals(written.getProperty(key)));
    }

    static String usage() {
        var text = new StringBuilder("Options (all optional, --name=value):\n");
        OPTIONS.forEach((name, help) ->
                text.append("  --").append(name).append("  ").append(help).append('\n'));
        return text.toString();
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg == null || arg.isBlank()) {
                continue;
            }
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw refused("'" + arg + "' is not an option; write --name=value.");
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (!OPTIONS.containsKey(name)) {
                throw refused("Unknown option --" + name + ".");
            }
            if (values.put(name, arg.substring(arg.indexOf('=') + 1).trim()) != null) {
                throw refused("--" + name + " is given twice.");
            }
        }
        return values;
    }

    /** A whole number, written plainly (1000000, 1_000_000) or in E notation (1e6, 2.5e5). */
    static long number(Map<String, String> values, String name, long fallback, long min, long max) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(requireText(text, name).replace("_", "").toLowerCase());
        } catch (NumberFormatException notANumber) {
            throw refused("--" + name + "=" + text + " is not a whole number" + range(min, max) + ".");
        }
        if (decimal.stripTrailingZeros().scale() > 0) {
            throw refused("--" + name + "=" + text + " is not a whole number" + range(min, max) + ".");
        }
        long value;
        try {
            value = decimal.longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw refused("--" + name + "=" + text + " is out of range" + range(min, max) + ".");
        }
        if (value < min || value > max) {
            throw refused("--" + name + "=" + text + " is out of range" + range(min, max) + ".");
        }
        return value;
    }

    private static String range(long min, long max) {
        return min == Long.MIN_VALUE ? "" : " (accepted: " + min + " to " + max + ")";
    }

    private static String requireText(String text, String name) {
        if (text.isBlank()) {
            throw refused("--" + name + " needs a value.");
        }
        return text;
    }

    private static int referencePostCount() {
        try (InputStream in = BenchDataParameters.class.getClassLoader().getResourceAsStream("db/data/posts.csv")) {
            if (in == null) {
                throw new IllegalStateException("db/data/posts.csv is missing from the classpath");
            }
            long lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .count();
            return (int) lines - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IllegalArgumentException refused(String message) {
        return new IllegalArgumentException(message);
    }
}
