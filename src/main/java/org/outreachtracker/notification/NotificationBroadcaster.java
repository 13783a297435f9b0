package org.outreachtracker.notification;

import jakarta.annotation.PreDestroy;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open pages of this node that their user's unread count changed, so the bell shows it
 * without a reload (the pages push it to the browser). Notifications made on this node are
 * announced when their transaction commits; those made on another node of a cluster are found
 * by a short check of the newest notification id ({@code outreach.notifications.catch-up-interval}).
 * Listeners are called on a thread of their own, never in the transaction or request that made
 * the notification.
 */
@Component
public class NotificationBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(NotificationBroadcaster.class);

    private final NotificationRepository notifications;
    private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService calls = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("notification-broadcast").daemon(true).factory());
    private final AtomicLong lastSeenId = new AtomicLong(-1);

    NotificationBroadcaster(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /**
     * Calls {@code onUnreadCount} with the user's unread count whenever they are told something,
     * until the returned action is run.
     */
    public Runnable register(long userId, LongConsumer onUnreadCount) {
        listeners.computeIfAbsent(userId, id -> new CopyOnWriteArraySet<>()).add(onUnreadCount);
        return () -> listeners.computeIfPresent(userId, (id, set) -> {
            set.remove(onUnreadCount);
            return set.isEmpty() ? null : set;
        });
    }

    /** Once the transaction that changed the count has committed (or at once outside one). */
    @TransactionalEventListener(fallbackExecution = true)
    void countChanged(UnreadCountChanged changed) {
        announce(List.of(changed.userId()));
    }

    /** Finds notifications made by another node since the last check ({@link NotificationSchedule}). */
    void catchUp() {
        long last = notifications.lastId();
        long seen = lastSeenId.getAndSet(last);
        if (seen >= 0 && last > seen && !listeners.isEmpty()) {
            announce(notifications.recipientsAfter(seen));
        }
    }

    private void announce(Collection<Long> userIds) {
        for (long userId : userIds) {
            if (!listeners.containsKey(userId)) {
                continue;
            }
            calls.execute(() -> {
                Set<LongConsumer> waiting = listeners.get(userId);
                if (waiting == null) {
                    return;
                }
                try {
                    long unread = notifications.countUnread(userId);
                    waiting.forEach(listener -> listener.accept(unread));
                } catch (RuntimeException e) {
                    log.warn("Could not tell the open pages of user {} of a notification: {}", userId, e.toString());
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }
}
