package org.outreachtracker.audit;

import org.outreachtracker.PostgresTest;

/** {@link AuditTamperTest} on PostgreSQL, the guard switched off by the schema's owner. */
@PostgresTest
class AuditTamperOnPostgresTest extends AuditTamperTest {}
