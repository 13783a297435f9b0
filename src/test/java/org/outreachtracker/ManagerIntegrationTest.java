package org.outreachtracker;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An {@link IntegrationTest} that acts as the demo manager: signed in as "manager" around each
 * test ({@link SignedInAs}), with {@link #outreach} ready before the class's own set-up, and every campaign it
 * activated closed when the class ends, so the classes after it see the demo data's campaigns.
 */
@IntegrationTest
@SignedInAs("manager")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ManagerIntegrationTest {

    @Autowired
    private ApplicationContext context;

    protected TestOutreach outreach;

    @BeforeAll
    protected void createOutreach() {
        outreach = new TestOutreach(context);
    }

    @AfterAll
    protected void closeCampaigns() {
        outreach.closeCampaigns();
    }
}
