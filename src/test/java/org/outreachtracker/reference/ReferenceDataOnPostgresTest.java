package org.outreachtracker.reference;

import org.outreachtracker.PostgresTest;

/** {@link ReferenceDataTest} on PostgreSQL. */
@PostgresTest
class ReferenceDataOnPostgresTest extends ReferenceDataTest {}
