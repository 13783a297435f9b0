package org.outreachtracker.meeting;

import org.outreachtracker.PostgresTest;

/** {@link MeetingSearchTest} on PostgreSQL. */
@PostgresTest
class MeetingSearchOnPostgresTest extends MeetingSearchTest {}
