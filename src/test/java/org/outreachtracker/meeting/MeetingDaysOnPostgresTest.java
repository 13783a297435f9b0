package org.outreachtracker.meeting;

import org.outreachtracker.PostgresTest;

/** {@link MeetingDaysTest} on PostgreSQL. */
@PostgresTest
class MeetingDaysOnPostgresTest extends MeetingDaysTest {}
