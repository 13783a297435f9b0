package org.outreachtracker.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per key (a feed, a client address) in fixed windows: at most {@code limit} in
 * each window, which starts with a key's first request; once the window has passed the count starts
 * again. Kept in memory on each node, so behind a load balancer each node counts its own share.
 * Windows that have passed are forgotten when the table grows, so it holds only recent keys.
 */
final class FixedWindowLimiter {

    /** Above this many keys, passed windows are removed before a new key is counted. */
    private static final int TIDY_ABOVE = 10_000;

    /** Whether a request may go ahead; if not, how long until it may, and whether this is the first refusal in the window. */
    record Decision(boolean allowed, Duration retryAfter, boolean firstRefusal) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO, false);
    }

    private record Window(Instant start, int count) {}

    private final int limit;
    private final Duration length;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    FixedWindowLimiter(int limit, Duration length, Clock clock) {
        if (limit < 1 || length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("A rate limit needs at least one request in a window of some length.");
        }
        this.limit = limit;
        this.length = length;
        this.clock = clock;
    }

    /** Counts a request for the key and says whether it may go ahead. */
    Decision acquire(String key) {
        Instant now = clock.instant();
        if (windows.size() > TIDY_ABOVE && !windows.containsKey(key)) {
            windows.entrySet().removeIf(entry -> passed(entry.getValue(), now));
        }
        Window window = windows.compute(
                key,
                (k, current) -> current == null || passed(current, now)
                        ? new Window(now, 1)
                        : new Window(
                                current.start(),
                                current.count() == Integer.MAX_VALUE ? current.count() : current.count() + 1));
        if (window.count() <= limit) {
            return Decision.ALLOWED;
        }
        Duration left = Duration.between(now, window.start().plus(length));
        // A client is told to come back after whole seconds, at least one.
        long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
        return new Decision(false, Duration.ofSeconds(seconds), window.count() == limit + 1);
    }

    /** How many keys are counted now. */
    int size() {
        return windows.size();
    }

    private boolean passed(Window window, Instant now) {
        return !now.isBefore(window.start().plus(length));
    }
}
