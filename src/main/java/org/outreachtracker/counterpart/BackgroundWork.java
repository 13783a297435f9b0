package org.outreachtracker.counterpart;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.security.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * Runs long work (imports, the count of a list that takes seconds) away from the request that
 * asked for it, so the page stays responsive and shows progress, on a small pool of threads, so
 * a few large jobs cannot starve the server. The work runs as the user who asked for it, with
 * their roles, so every service rule applies.
 */
@Component
public class BackgroundWork {

    private static final int THREADS = 2;

    private final CurrentUser currentUser;
    private final SystemAccess systemAccess;
    private final ExecutorService executor;

    BackgroundWork(CurrentUser currentUser, SystemAccess systemAccess) {
        this.currentUser = currentUser;
        this.systemAccess = systemAccess;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, work -> {
            Thread thread = new Thread(work, "outreach-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the work later, as the user signed in now. */
    public void runAsCurrentUser(Runnable work) {
        String username = currentUser.require().username();
        executor.execute(() -> systemAccess.asUser(username, () -> {
            work.run();
            return null;
        }));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
