package org.outreachtracker.account;

import org.outreachtracker.PostgresTest;

/** {@link FirstStartWithoutDemoTest} on PostgreSQL. */
@PostgresTest
class FirstStartWithoutDemoOnPostgresTest extends FirstStartWithoutDemoTest {}
