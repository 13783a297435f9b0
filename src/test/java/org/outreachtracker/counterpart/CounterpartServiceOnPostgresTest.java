package org.outreachtracker.counterpart;

import org.outreachtracker.PostgresTest;

/** {@link CounterpartServiceTest} on PostgreSQL. */
@PostgresTest
class CounterpartServiceOnPostgresTest extends CounterpartServiceTest {}
