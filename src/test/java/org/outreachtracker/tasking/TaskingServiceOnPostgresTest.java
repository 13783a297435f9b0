package org.outreachtracker.tasking;

import org.outreachtracker.PostgresTest;

/** {@link TaskingServiceTest} on PostgreSQL. */
@PostgresTest
class TaskingServiceOnPostgresTest extends TaskingServiceTest {}
