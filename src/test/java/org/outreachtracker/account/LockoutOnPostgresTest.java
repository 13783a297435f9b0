package org.outreachtracker.account;

import org.outreachtracker.PostgresTest;

/** {@link LockoutTest} on PostgreSQL. */
@PostgresTest
class LockoutOnPostgresTest extends LockoutTest {}
