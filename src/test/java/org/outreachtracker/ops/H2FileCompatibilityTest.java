package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.outreachtracker.TestClockConfiguration;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A data folder written by the H2 version the application used before (2.4.240, copied into
 * {@code target/previous-h2} by the build) opens with the version it uses now, and takes writes.
 * Before the application starts, the previous version, in a class loader of its own, runs every
 * migration into a database file, with the schema's check constraints created by its sessions.
 * The application then starts on that file: Flyway validates the schema, the demo data is
 * written through the services (thousands of inserts that evaluate those constraints), and a
 * desk officer logs a meeting.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@Tag("application")
class H2FileCompatibilityTest {

    static final Path PREVIOUS_H2 = Path.of("target", "previous-h2", "h2-previous.jar");
    static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    @DynamicPropertySource
    static void databaseWrittenByThePreviousVersion(DynamicPropertyRegistry registry) throws Exception {
        Path folder = Files.createTempDirectory("outreach-h2-previous");
        String url = "jdbc:h2:file:" + folder.resolve("outreach").toAbsolutePath() + SETTINGS;
        String version = migrateWithPreviousVersion(url);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "outreach");
        registry.add("outreach.test.previous-h2-version", () -> version);
    }

    /** Runs the application's migrations with the previous H2 version; returns that version. */
    private static String migrateWithPreviousVersion(String url) throws Exception {
        assertThat(PREVIOUS_H2)
                .as("the previous H2 version, copied by the build (mvn generate-test-resources)")
                .exists();
        URL[] classpath = {jarUrl(PREVIOUS_H2), jarUrl(Path.of("target", "classes"))};
        // The engine and the audit trail's trigger class (which implements H2's Trigger) come from
        // this loader, so the trigger links against the previous version's interface.
        try (var previous = new URLClassLoader("previous-h2", classpath, ClassLoader.getPlatformClassLoader())) {
            Class<?> driverClass = previous.loadClass("org.h2.Driver");
            var driver = (Driver) driverClass.getMethod("load").invoke(null);
            try {
                var dataSource = new SimpleDriverDataSource(driver, url, "outreach", "");
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration", "classpath:db/vendor/h2")
                        .javaMigrations(javaMigrations())
                        .load()
                        .migrate();
                try (Connection connection = dataSource.getConnection();
                        Statement statement = connection.createStatement()) {
                    var result = statement.executeQuery("select h2version()");
                    result.next();
                    String version = result.getString(1);
                    statement.execute("shutdown");
                    return version;
                }
            } finally {
                driverClass.getMethod("unload").invoke(null);
            }
        }
    }

    /**
     * The migrations written in Java (Spring beans in the application), found on the class path
     * the way the application finds its beans, so a new one is never left out.
     */
    private static JavaMigration[] javaMigrations() throws ReflectiveOperationException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(JavaMigration.class));
        List<JavaMigration> migrations = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.outreachtracker")) {
            var constructor = Class.forName(candidate.getBeanClassName()).getDeclaredConstructor();
            constructor.setAccessible(true);
            migrations.add((JavaMigration) constructor.newInstance());
        }
        assertThat(migrations).as("Java migrations found").hasSizeGreaterThanOrEqualTo(4);
        return migrations.toArray(JavaMigration[]::new);
    }

    private static URL jarUrl(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeetingService meetings;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void theApplicationStartsOnAFileOfThePreviousVersionAndSavesToIt() {
        String previousVersion = context.getEnvironment().getProperty("outreach.test.previous-h2-version");
        String currentVersion = jdbc.queryForObject("select h2version()", String.class);
        assertThat(previousVersion).startsWith("2.4.");
        assertThat(currentVersion).isNotEqualTo(previousVersion);

        assertThat(jdbc.queryForObject("select count(*) from meeting", Long.class))
                .as("demo meetings written on the current version into the previous version's schema")
                .isGreaterThan(100);

        var outreach = new TestOutreach(context);
        var campaign = outreach.activeCampaign(30, outreach.countryIds("JP"), "Point");
        var draft = outreach.simpleMeeting(
                campaign,
                "JP",
                outreach.daysAgo(1),
                OverallResponse.SUPPORTIVE,
                "Logged on a database file written by H2 " + previousVersion + ".");
        long id = outreach.as("officer", () -> meetings.log(draft));
        assertThat(outreach.as("officer", () -> meetings.meeting(id))
                        .orElseThrow()
                        .summary())
                .isEqualTo(draft.summary());
    }
}
