package org.outreachtracker;

/** {@link RouteAccessMatrixTest} on PostgreSQL. */
@PostgresTest
class RouteAccessMatrixOnPostgresTest extends RouteAccessMatrixTest {}
