package org.outreachtracker.security;

import org.outreachtracker.PostgresTest;

/** {@link LockoutTest} on PostgreSQL. */
@PostgresTest
class LockoutOnPostgresTest extends LockoutTest {
}
