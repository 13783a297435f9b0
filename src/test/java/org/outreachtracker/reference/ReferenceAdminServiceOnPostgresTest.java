package org.outreachtracker.reference;

import org.outreachtracker.PostgresTest;

/** {@link ReferenceAdminServiceTest} on PostgreSQL. */
@PostgresTest
class ReferenceAdminServiceOnPostgresTest extends ReferenceAdminServiceTest {}
