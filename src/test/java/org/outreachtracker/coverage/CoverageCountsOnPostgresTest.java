package org.outreachtracker.coverage;

import org.outreachtracker.PostgresTest;

/** {@link CoverageCountsTest} on PostgreSQL. */
@PostgresTest
class CoverageCountsOnPostgresTest extends CoverageCountsTest {}
