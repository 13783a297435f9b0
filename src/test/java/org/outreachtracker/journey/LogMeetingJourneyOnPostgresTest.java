package org.outreachtracker.journey;

import org.outreachtracker.PostgresTest;

/** {@link LogMeetingJourneyTest} on PostgreSQL. */
@PostgresTest
class LogMeetingJourneyOnPostgresTest extends LogMeetingJourneyTest {}
