package org.outreachtracker.campaign;

import org.outreachtracker.PostgresTest;

/** {@link CampaignServiceTest} on PostgreSQL. */
@PostgresTest
class CampaignServiceOnPostgresTest extends CampaignServiceTest {}
