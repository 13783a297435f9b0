package org.outreachtracker.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.outreachtracker.account.AccountContact;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.base.Texts;
import org.outreachtracker.mail.MailMessages;
import org.outreachtracker.mail.MailService;
import org.outreachtracker.meeting.MeetingProperties;
import org.outreachtracker.security.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * E-mails notifications: one at once, or the day's in one digest per person. A message carries
 * each notification's title and a link (or, as the operator chooses, only its kind and a link),
 * never what anyone wrote; a title about a meeting marked above the e-mail's own marking is
 * replaced by its kind and a pointer to the application. Nothing goes to a deactivated account
 * or one without an address, and nothing is queued while e-mail is off.
 */
@Component
class NotificationMail {

    private final MailService mail;
    private final MailMessages messages;
    private final NotificationRepository notifications;
    private final UserAccountService users;
    private final SystemAccess system;
    private final NotificationProperties properties;
    private final List<String> markings;
    private final Clock clock;

    NotificationMail(
            MailService mail,
            MailMessages messages,
            NotificationRepository notifications,
            UserAccountService users,
            SystemAccess system,
            NotificationProperties properties,
            MeetingProperties meetings,
            Clock clock) {
        this.mail = mail;
        this.messages = messages;
        this.notifications = notifications;
        this.users = users;
        this.system = system;
        this.properties = properties;
        this.markings = meetings.handlingMarkings();
        this.clock = clock;
    }

    /** E-mails one notification now, if the person can be reached; notes that it went. */
    void sendNow(Notification notification, AccountContact recipient) {
        if (!recipient.reachableByEmail()) {
            return;
        }
        Locale language = recipient.language();
        MailMessages.Line line = line(notification, language);
        boolean queued = system.asSystem(() -> mail.queue(messages.message(
                recipient.email(),
                recipient.id(),
                recipient.displayName(),
                language,
                line.text(),
                Texts.text(language, "notification.mail.atOnce"),
                List.of(line))));
        if (queued) {
            notification.emailed(clock.instant());
        }
    }

    /**
     * Queues each person's digest of the notifications waiting for it, and notes them as dealt
     * with (also for a person who cannot be reached: their notifications stay under the bell).
     * Returns how many digests were queued.
     */
    int sendDigests() {
        Map<Long, List<Notification>> byRecipient = new LinkedHashMap<>();
        for (Notification waiting : notifications.waitingFor(Delivery.DAILY_DIGEST)) {
            byRecipient
                    .computeIfAbsent(waiting.getRecipientId(), id -> new ArrayList<>())
                    .add(waiting);
        }
        int queued = 0;
        for (var entry : byRecipient.entrySet()) {
            List<Notification> items = entry.getValue();
            AccountContact recipient =
                    system.asSystem(() -> users.contact(entry.getKey())).orElse(null);
            if (recipient != null && recipient.reachableByEmail()) {
                Locale language = recipient.language();
                List<MailMessages.Line> lines =
                        items.stream().map(item -> line(item, language)).toList();
                if (system.asSystem(() -> mail.queue(messages.message(
                        recipient.email(),
                        recipient.id(),
                        recipient.displayName(),
                        language,
                        Texts.text(language, "notification.mail.digest.subject", items.size()),
                        Texts.text(language, "notification.mail.digest.intro"),
                        lines)))) {
                    queued++;
                }
            }
            items.forEach(item -> item.emailed(clock.instant()));
        }
        return queued;
    }

    /**
     * What a message says of a notification: its title, or only its kind (in the recipient's
     * language), and where it leads. The title is kept as it was written when the notification
     * was made.
     */
    MailMessages.Line line(Notification notification, Locale language) {
        boolean titleAllowed = properties.mailContent() == NotificationProperties.MailContent.TITLES
                && withinMailMarking(notification.getMarking());
        if (titleAllowed) {
            return new MailMessages.Line(notification.getTitle(), notification.getLink());
        }
        String kind = Texts.label(language, notification.getKind());
        String text = notification.getMarking() == null || withinMailMarking(notification.getMarking())
                ? kind
                : Texts.text(language, "notification.mail.marked", kind, notification.getMarking());
        return new MailMessages.Line(text, notification.getLink());
    }

    /** Whether a record so marked may be named in mail carrying the e-mail's own marking. */
    private boolean withinMailMarking(String marking) {
        return marking == null || rank(marking) <= rank(messages.marking());
    }

    /** A marking's place among the handling markings; one not among them ranks below them all. */
    private int rank(String marking) {
        return markings.indexOf(marking);
    }
}
