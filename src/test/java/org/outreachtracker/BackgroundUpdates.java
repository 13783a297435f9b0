package org.outreachtracker;

import static org.assertj.core.api.Assertions.fail;

import com.vaadin.browserless.internal.MockVaadin;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** For browserless tests of views that finish work in the background and show it through {@code UI.access}. */
public final class BackgroundUpdates {

    /** How long the work may take in the background before the test gives up. */
    private static final Duration LIMIT = Duration.ofMinutes(1);

    private static final Duration POLL = Duration.ofMillis(20);

    private BackgroundUpdates() {}

    /**
     * Waits for work done in the background to show, running the UI's queued updates each time it
     * looks; fails with {@code what} if it has not shown within a minute.
     */
    public static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        MockVaadin.runUIQueue();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("Waited " + LIMIT.toSeconds() + " s for " + what + ", in vain");
            }
            LockSupport.parkNanos(POLL.toNanos());
            MockVaadin.runUIQueue();
        }
    }
}
