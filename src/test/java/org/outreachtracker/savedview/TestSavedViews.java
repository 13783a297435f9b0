package org.outreachtracker.savedview;

import org.springframework.context.ApplicationContext;

/**
 * Forgets every person's kept filters, so a test that opens the coverage map or the dashboard
 * without filters sees the defaults whatever earlier tests chose there.
 */
public final class TestSavedViews {

    private TestSavedViews() {}

    public static void forgetAll(ApplicationContext context) {
        context.getBean(SavedViewRepository.class).deleteAllInBatch();
    }
}
