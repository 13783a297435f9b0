package org.outreachtracker.tasking;

import org.outreachtracker.PostgresTest;

/** {@link TaskingDeliveriesTest} on PostgreSQL. */
@PostgresTest
class TaskingDeliveriesOnPostgresTest extends TaskingDeliveriesTest {}
