package org.outreachtracker.meeting;

import org.outreachtracker.PostgresTest;

/** {@link MeetingCountsTest} on PostgreSQL. */
@PostgresTest
class MeetingCountsOnPostgresTest extends MeetingCountsTest {
}
