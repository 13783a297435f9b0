package org.outreachtracker.security;

import org.outreachtracker.PostgresTest;

/** {@link FirstStartWithoutDemoTest} on PostgreSQL. */
@PostgresTest
class FirstStartWithoutDemoOnPostgresTest extends FirstStartWithoutDemoTest {
}
