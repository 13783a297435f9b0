package org.outreachtracker.meeting;

import org.outreachtracker.PostgresTest;

/** {@link MeetingServiceTest} on PostgreSQL. */
@PostgresTest
class MeetingServiceOnPostgresTest extends MeetingServiceTest {}
