package org.outreachtracker.search;

import org.outreachtracker.PostgresTest;

/** {@link SearchBackfillTest} on PostgreSQL: the fill writes each batch's words as tsvectors. */
@PostgresTest
class SearchBackfillOnPostgresTest extends SearchBackfillTest {}
