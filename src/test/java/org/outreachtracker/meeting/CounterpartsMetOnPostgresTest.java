package org.outreachtracker.meeting;

import org.outreachtracker.PostgresTest;

/** {@link CounterpartsMetTest} on PostgreSQL. */
@PostgresTest
class CounterpartsMetOnPostgresTest extends CounterpartsMetTest {}
