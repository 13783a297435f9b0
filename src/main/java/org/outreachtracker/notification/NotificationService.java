package org.outreachtracker.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.SignedInUser;
import org.outreachtracker.base.Authenticated;
import org.outreachtracker.base.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's notifications (what they were told, read or not) and their choice, per
 * kind, of how to hear of them. Each person sees and changes only their own.
 */
@Service
@Transactional
public class NotificationService {

    /** The most notifications one page of the list asks for. */
    static final int MAX_PAGE = 200;

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications,
            NotificationPreferenceRepository preferences,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Authenticated
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countUnread(currentUser.require().id());
    }

    @Authenticated
    @Transactional(readOnly = true)
    public long count() {
        return notifications.countFor(currentUser.require().id());
    }

    /** One page of the user's notifications, unread first, newest first within each. */
    @Authenticated
    @Transactional(readOnly = true)
    public List<NotificationRef> page(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw RuleViolationException.because("refusal.notification.pageRange", String.valueOf(MAX_PAGE));
        }
        long userId = currentUser.require().id();
        // Offsets from the list are multiples of its page size; the page holding the offset is read.
        return notifications.pageFor(userId, PageRequest.of(offset / limit, limit)).stream()
                .map(Notification::toRef)
                .toList();
    }

    /** Marks one of the user's notifications read (someone else's is "no longer there"). */
    @Authenticated
    public void markRead(long id) {
        long userId = currentUser.require().id();
        if (notifications.markRead(id, userId, clock.instant()) == 0
                && notifications
                        .findById(id)
                        .filter(n -> n.getRecipientId() == userId)
                        .isEmpty()) {
            throw RuleViolationException.because("refusal.notification.gone");
        }
        events.publishEvent(new UnreadCountChanged(userId));
    }

    /** Marks all the user's notifications read; returns how many were unread. */
    @Authenticated
    public int markAllRead() {
        long userId = currentUser.require().id();
        int marked = notifications.markAllRead(userId, clock.instant());
        events.publishEvent(new UnreadCountChanged(userId));
        return marked;
    }

    /** How the user hears of each kind that is for their roles, in the order of the kinds. */
    @Authenticated
    @Transactional(readOnly = true)
    public List<PreferenceChoice> preferences() {
        SignedInUser user = currentUser.require();
        Map<NotificationKind, Delivery> chosen = preferences.forUser(user.id()).stream()
                .collect(Collectors.toMap(NotificationPreference::getKind, NotificationPreference::getDelivery));
        return Arrays.stream(NotificationKind.values())
                .filter(kind -> kind.appliesTo(user.roles()))
                .map(kind -> new PreferenceChoice(kind, chosen.getOrDefault(kind, Delivery.IN_APP)))
                .toList();
    }

    /** Sets how the user hears of one kind of notification from now on. */
    @Authenticated
    public void choose(NotificationKind kind, Delivery delivery) {
        SignedInUser user = currentUser.require();
        if (kind == null || delivery == null) {
            throw RuleViolationException.because("refusal.notification.chooseKindAndDelivery");
        }
        if (!kind.appliesTo(user.roles())) {
            throw RuleViolationException.because("refusal.notification.notForYourRoles");
        }
        if (!kind.mailable() && delivery != Delivery.IN_APP) {
            throw RuleViolationException.because("refusal.notification.inAppOnly");
        }
        var key = new NotificationPreference.Key(user.id(), kind);
        preferences
                .findById(key)
                .ifPresentOrElse(
                        found -> found.setDelivery(delivery),
                        () -> preferences.save(new NotificationPreference(user.id(), kind, delivery)));
    }
}
