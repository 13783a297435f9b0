package org.outreachtracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a random port with an in-memory database and demo data, and a clock
 * tests can move ({@link TestClock}). All tests carrying it share one Spring context, so it
 * starts once per test run (a test class with settings of its own gets its own context; see
 * {@link SecurityContextStrategyListener}). Tagged "application": the fast test lane
 * ({@code ./mvnw test -Pfast}) leaves these out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestExecutionListeners(
        listeners = SecurityContextStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {}
