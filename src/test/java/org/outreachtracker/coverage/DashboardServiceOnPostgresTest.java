package org.outreachtracker.coverage;

import org.outreachtracker.PostgresTest;

/** {@link DashboardServiceTest} on PostgreSQL. */
@PostgresTest
class DashboardServiceOnPostgresTest extends DashboardServiceTest {}
