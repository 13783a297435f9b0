package org.outreachtracker.search;

import org.outreachtracker.PostgresTest;

/** {@link GlobalSearchServiceTest} on PostgreSQL: the tsvector engine, with websearch_to_tsquery. */
@PostgresTest
class GlobalSearchOnPostgresTest extends GlobalSearchServiceTest {}
