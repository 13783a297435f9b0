package org.outreachtracker.meeting;

import org.outreachtracker.PostgresTest;

/** {@link PointReactionsTest} on PostgreSQL. */
@PostgresTest
class PointReactionsOnPostgresTest extends PointReactionsTest {
}
