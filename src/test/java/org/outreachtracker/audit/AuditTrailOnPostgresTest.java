package org.outreachtracker.audit;

import org.outreachtracker.PostgresTest;

/** {@link AuditTrailTest} on PostgreSQL. */
@PostgresTest
class AuditTrailOnPostgresTest extends AuditTrailTest {}
