package org.outreachtracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a test class against PostgreSQL instead of H2: the {@code pg} profile
 * ({@code src/test/resources/application-pg.properties}), with a fresh schema for each Spring
 * context ({@link PostgresTestDatabase}), so the migrations and the demo data run there as they do
 * on H2. Put it on a subclass of an H2 test to run the same tests on PostgreSQL. Skipped, with
 * the reason in the test report, when no PostgreSQL is given ({@link PostgresTestDatabase#URL}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles(PostgresTestDatabase.PROFILE)
@ExtendWith(PostgresTestDatabase.Condition.class)
public @interface PostgresTest {}
