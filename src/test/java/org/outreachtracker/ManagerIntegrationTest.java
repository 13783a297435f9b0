package org.outreachtracker;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An {@link IntegrationTest} that acts as the demo manager: signed in as "manager" around each
 * test, with {@link #outreach} ready before the class's own set-up, and every campaign it
 * activated closed when the class ends, so the classes after it see the demo data's campaigns.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ManagerIntegrationTest {

    @Autowired
    private UserDetailsService users;
    @Autowired
    private ApplicationContext context;

    protected TestOutreach outreach;

    @BeforeAll
    protected void createOutreach() {
        outreach = new TestOutreach(context);
    }

    @BeforeEach
    protected void signInAsManager() {
        TestSignIn.as(users, "manager");
    }

    @AfterEach
    protected void signOutManager() {
        TestSignIn.anonymous();
    }

    @AfterAll
    protected void closeCampaigns() {
        outreach.closeCampaigns();
    }
}
