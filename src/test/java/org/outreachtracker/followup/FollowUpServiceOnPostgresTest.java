package org.outreachtracker.followup;

import org.outreachtracker.PostgresTest;

/** {@link FollowUpServiceTest} on PostgreSQL. */
@PostgresTest
class FollowUpServiceOnPostgresTest extends FollowUpServiceTest {}
