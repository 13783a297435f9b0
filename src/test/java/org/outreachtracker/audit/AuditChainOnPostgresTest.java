package org.outreachtracker.audit;

import org.outreachtracker.PostgresTest;

/** {@link AuditChainTest} on PostgreSQL: many threads appending at once still form one chain. */
@PostgresTest
class AuditChainOnPostgresTest extends AuditChainTest {}
