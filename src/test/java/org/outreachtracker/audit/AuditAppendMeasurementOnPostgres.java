package org.outreachtracker.audit;

import org.outreachtracker.PostgresTest;

/** {@link AuditAppendMeasurement} on PostgreSQL (not run by the build): {@code -Dtest=AuditAppendMeasurementOnPostgres}. */
@PostgresTest
class AuditAppendMeasurementOnPostgres extends AuditAppendMeasurement {}
