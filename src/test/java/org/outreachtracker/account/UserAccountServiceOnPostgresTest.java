package org.outreachtracker.account;

import org.outreachtracker.PostgresTest;

/** {@link UserAccountServiceTest} on PostgreSQL. */
@PostgresTest
class UserAccountServiceOnPostgresTest extends UserAccountServiceTest {}
