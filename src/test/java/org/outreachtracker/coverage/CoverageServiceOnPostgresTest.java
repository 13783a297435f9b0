package org.outreachtracker.coverage;

import org.outreachtracker.PostgresTest;

/** {@link CoverageServiceTest} on PostgreSQL. */
@PostgresTest
class CoverageServiceOnPostgresTest extends CoverageServiceTest {}
