package org.outreachtracker.account;

import org.outreachtracker.PostgresTest;

/** {@link AccountAdminServiceTest} on PostgreSQL. */
@PostgresTest
class AccountAdminServiceOnPostgresTest extends AccountAdminServiceTest {}
