package org.outreachtracker;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL server the tests may use, given by {@link #URL} ({@code OUTREACH_TEST_POSTGRES_URL},
 * with {@code OUTREACH_TEST_POSTGRES_USER} and {@code OUTREACH_TEST_POSTGRES_PASSWORD}; or the same
 * as system properties {@code outreach.test.postgres.url} etc.). {@code .ci/run} starts one and sets
 * them. Each Spring context with the {@code pg} profile gets a schema of its own, created by Flyway
 * at start-up and dropped when the context closes.
 *
 * <p>A context with the {@link #APP_ROLE_PROFILE} profile too runs the application as a second account that
 * owns nothing ({@link #APP_USER}, {@link #APP_PASSWORD}), as config/application-postgres.properties
 * describes, while the first account owns the schema and runs the migrations.
 */
public final class PostgresTestDatabase {

    public static final String PROFILE = "pg";
    public static final String URL = "OUTREACH_TEST_POSTGRES_URL";
    public static final String USER = "OUTREACH_TEST_POSTGRES_USER";
    public static final String PASSWORD = "OUTREACH_TEST_POSTGRES_PASSWORD";
    public static final String SCHEMA_PROPERTY = "outreach.test.postgres.schema";
    public static final String APP_USER = "OUTREACH_TEST_POSTGRES_APP_USER";
    public static final String APP_PASSWORD = "OUTREACH_TEST_POSTGRES_APP_PASSWORD";
    /** With this profile as well as {@link #PROFILE}, the application runs as {@link #APP_USER}. */
    public static final String APP_ROLE_PROFILE = "pg-app-role";

    private static final SecureRandom RANDOM = new SecureRandom();

    private PostgresTestDatabase() {}

    /** The server's JDBC URL, when one is given. */
    public static Optional<String> url() {
        return setting(URL);
    }

    public static String user() {
        return setting(USER).orElse("outreach");
    }

    public static String password() {
        return setting(PASSWORD).orElse("");
    }

    /** The account that owns nothing, when one is given. */
    public static Optional<String> appUser() {
        return setting(APP_USER);
    }

    public static String appPassword() {
        return setting(APP_PASSWORD).orElse("");
    }

    private static Optional<String> setting(String variable) {
        String property =
                System.getProperty(variable.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
        String value = property != null ? property : System.getenv(variable);
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /** A new schema name, unique enough for parallel builds against the same server. */
    public static String newSchemaName() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "test_" + HexFormat.of().formatHex(bytes);
    }

    /** The URL with {@code currentSchema} set, so every connection works in that schema. */
    public static String urlWithSchema(String schema) {
        String url = url().orElseThrow();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Runs {@link PostgresTest} classes only when a PostgreSQL server is given. */
    public static final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return url().isPresent()
                    ? ConditionEvaluationResult.enabled("PostgreSQL given by " + URL)
                    : ConditionEvaluationResult.disabled("PostgreSQL tests skipped: no PostgreSQL server given."
                            + " Set " + URL + " (e.g. jdbc:postgresql://127.0.0.1:5432/outreach), " + USER + " and "
                            + PASSWORD + " to run them; .ci/run starts a server and sets them.");
        }
    }

    /** Runs a test class that needs the second account only when one is given. */
    public static final class AppRoleCondition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return url().isPresent() && appUser().isPresent()
                    ? ConditionEvaluationResult.enabled("PostgreSQL and an application account given")
                    : ConditionEvaluationResult.disabled("PostgreSQL application-role tests skipped: they need a"
                            + " server (" + URL + ") and a second account that owns nothing (" + APP_USER + ", "
                            + APP_PASSWORD + "); .ci/postgres creates one (outreach_app) and sets them.");
        }
    }

    /**
     * With the {@code pg} profile: points the data source at a new schema (or the one given in
     * {@code outreach.test.postgres.schema}) and lets Flyway create it. Registered in {@code META-INF/spring.factories} of the test resources.
     */
    public static final class SchemaPerContext implements EnvironmentPostProcessor, Ordered {

        @Override
        public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
            if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
                return;
            }
            if (url().isEmpty()) {
                throw new IllegalStateException("The pg profile needs a PostgreSQL server: set " + URL);
            }
            // A given schema (several application instances on one database) or a new one.
            String schema = environment.getProperty(SCHEMA_PROPERTY, newSchemaName());
            Map<String, Object> settings = new java.util.HashMap<>(Map.of(
                    SCHEMA_PROPERTY,
                    schema,
                    "spring.datasource.url",
                    urlWithSchema(schema),
                    "spring.datasource.username",
                    user(),
                    "spring.datasource.password",
                    password(),
                    "spring.flyway.schemas",
                    schema,
                    "spring.flyway.create-schemas",
                    "true"));
            if (environment.acceptsProfiles(Profiles.of(APP_ROLE_PROFILE))) {
                // The owner migrates; the application runs as the account that owns nothing.
                String app = appUser().orElseThrow(() -> new IllegalStateException("Set " + APP_USER));
                settings.putAll(Map.of(
                        "spring.datasource.username", app,
                        "spring.datasource.password", appPassword(),
                        "spring.flyway.user", user(),
                        "spring.flyway.password", password(),
                        "spring.flyway.placeholders.app_role", app));
            }
            environment.getPropertySources().addFirst(new MapPropertySource("postgres-test-schema", settings));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * Drops a context's schema when the context closes: when its beans are destroyed (after the
     * web server has stopped), just before the data source. Not on a lifecycle stop: the test
     * framework stops ("pauses") cached contexts that are not in use and starts them again later.
     */
    public static final class DropSchemaOnClose
            implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (context.getEnvironment().getProperty(SCHEMA_PROPERTY) != null
                    && context instanceof GenericApplicationContext generic) {
                generic.registerBean("postgresTestSchemaDropper", SchemaDropper.class);
            }
        }
    }

    /**
     * Depends on the data source, so it is destroyed first, while the data source still works. When
     * the application ran as an account that owns nothing, the schema's owner drops it.
     */
    static final class SchemaDropper implements DisposableBean {

        private final DataSource dataSource;
        private final String schema;
        private final String owner;
        private final String ownerPassword;

        SchemaDropper(DataSource dataSource, Environment environment) {
            this.dataSource = dataSource;
            this.schema = environment.getRequiredProperty(SCHEMA_PROPERTY);
            this.owner = environment.getProperty("spring.flyway.user");
            this.ownerPassword = environment.getProperty("spring.flyway.password", "");
        }

        @Override
        public void destroy() {
            try {
                if (owner != null) {
                    try (var connection =
                                    java.sql.DriverManager.getConnection(url().orElseThrow(), owner, ownerPassword);
                            var statement = connection.createStatement()) {
                        statement.execute("drop schema if exists " + schema + " cascade");
                    }
                    return;
                }
                new JdbcTemplate(dataSource).execute("drop schema if exists " + schema + " cascade");
            } catch (RuntimeException | java.sql.SQLException e) {
                System.err.println("Could not drop the test schema " + schema + ": " + e);
            }
        }
    }
}
