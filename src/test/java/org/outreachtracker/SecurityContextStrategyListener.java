package org.outreachtracker;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Each application context installs its own security-context strategy in Spring Security's
 * static holder, and its access checks read from that instance. When a test class starts a
 * context of its own (other settings), the holder keeps pointing at it afterwards; this puts
 * back the strategy of the context the next test class runs in, so that signing in a test user
 * reaches that context's access checks.
 */
public class SecurityContextStrategyListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
