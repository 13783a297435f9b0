package org.outreachtracker;

/** {@link ServiceAccessMatrixTest} on PostgreSQL. */
@PostgresTest
class ServiceAccessMatrixOnPostgresTest extends ServiceAccessMatrixTest {}
