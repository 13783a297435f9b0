package org.outreachtracker.coverage;

import org.outreachtracker.PostgresTest;

/** {@link ReactionCountsTest} on PostgreSQL. */
@PostgresTest
class ReactionCountsOnPostgresTest extends ReactionCountsTest {}
