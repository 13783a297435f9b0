package org.outreachtracker.notification;

import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.outreachtracker.account.AccountContact;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.security.SystemAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells one person one thing, once: a second notice about the same subject (the same key) is
 * dropped, as is a notice to a deactivated account or of a kind that is not for the person's
 * roles. The notice is kept in the caller's transaction, and e-mailed at once if the person
 * chose so; their open pages hear of it once the transaction commits.
 */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final UserAccountService users;
    private final SystemAccess system;
    private final NotificationMail mail;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Notifier(
            NotificationRepository notifications,
            NotificationPreferenceRepository preferences,
            UserAccountService users,
            SystemAccess system,
            NotificationMail mail,
            Clock clock,
            ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.users = users;
        this.system = system;
        this.mail = mail;
        this.clock = clock;
        this.events = events;
    }

    /** Whether the person was told now (false: told before, inactive, or not a kind for them). */
    @Transactional
    boolean tell(long recipientId, NotificationKind kind, String subjectKey, String title, String link) {
        return tell(recipientId, kind, subjectKey, title, link, null);
    }

    /** As above, for a title that speaks of a record carrying a handling marking. */
    @Transactional
    boolean tell(
            long recipientId,
            NotificationKind kind,
            String subjectKey,
            String title,
            String link,
            @Nullable String marking) {
        if (notifications.existsByRecipientIdAndSubjectKey(recipientId, subjectKey)) {
            return false;
        }
        Optional<AccountContact> found = system.asSystem(() -> users.contact(recipientId));
        if (found.isEmpty()
                || !found.get().active()
                || !kind.appliesTo(found.get().roles())) {
            return false;
        }
        Delivery delivery = preferences
                .findById(new NotificationPreference.Key(recipientId, kind))
                .map(NotificationPreference::getDelivery)
                .filter(chosen -> kind.mailable())
                .orElse(Delivery.IN_APP);
        Notification notification = notifications.save(
                new Notification(recipientId, kind, subjectKey, title, link, marking, delivery, clock.instant()));
        if (delivery == Delivery.IMMEDIATE_EMAIL) {
            mail.sendNow(notification, found.get());
        }
        events.publishEvent(new UnreadCountChanged(recipientId));
        return true;
    }
}
