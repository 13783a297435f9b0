package org.outreachtracker.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.outreachtracker.account.AccountContact;
import org.outreachtracker.account.AccountLocked;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.followup.FollowUpAssigned;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.mail.MailFailed;
import org.outreachtracker.meeting.CounterpartMetElsewhere;
import org.outreachtracker.meeting.MeetingLogged;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.security.SystemAccess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Notifications that follow from what someone just did: a follow-up given to someone else, a
 * meeting with counterparts other posts met lately. They are kept in the same transaction as
 * the action, so they exist exactly when the action does.
 */
@Component
class NotificationListeners {

    /** How far back a meeting with the same counterpart makes its reporter hear of a new one. */
    static final int COUNTERPART_MET_DAYS = 30;

    private static final DateTimeFormatter LOCK_END = DateTimeFormatter.ofPattern(
                    "d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Notifier notifier;
    private final Titles titles;
    private final UserAccountService users;
    private final MeetingService meetings;
    private final SystemAccess system;
    private final Clock clock;

    NotificationListeners(
            Notifier notifier,
            Titles titles,
            UserAccountService users,
            MeetingService meetings,
            SystemAccess system,
            Clock clock) {
        this.notifier = notifier;
        this.titles = titles;
        this.users = users;
        this.meetings = meetings;
        this.system = system;
        this.clock = clock;
    }

    @EventListener
    void followUpAssigned(FollowUpAssigned assigned) {
        FollowUpRef followUp = assigned.followUp();
        String by =
                users.user(assigned.assignedById()).map(UserRef::displayName).orElse("someone");
        notifier.tell(
                followUp.ownerId(),
                NotificationKind.FOLLOW_UP_ASSIGNED,
                "follow-up:" + followUp.id() + ":owner:" + followUp.ownerId() + ":v" + followUp.version(),
                "Follow-up assigned to you by " + by + ": " + titles.country(followUp.countryId()) + ", "
                        + titles.campaign(followUp.campaignId()) + ", due " + Titles.date(followUp.dueDate()),
                Links.followUp(followUp));
    }

    /**
     * After the lock has committed, in a transaction of its own: telling administrators must never
     * undo a lock.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void accountLocked(AccountLocked locked) {
        String title = "Account '" + locked.username() + "' locked after " + locked.failedAttempts()
                + " failed sign-ins; it unlocks by itself at " + LOCK_END.format(locked.lockedUntil());
        for (AccountContact admin : system.asSystem(() -> users.activeWithRole(Role.ADMIN))) {
            notifier.tell(
                    admin.id(),
                    NotificationKind.ACCOUNT_LOCKED,
                    "account:" + locked.accountId() + ":locked:"
                            + locked.lockedUntil().getEpochSecond(),
                    title,
                    Links.USERS);
        }
    }

    /** After the message was marked failed, in a transaction of its own. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void mailFailed(MailFailed failed) {
        String title = "E-mail to " + failed.recipient() + " could not be delivered: " + failed.subject();
        for (AccountContact admin : system.asSystem(() -> users.activeWithRole(Role.ADMIN))) {
            notifier.tell(
                    admin.id(),
                    NotificationKind.MAIL_FAILED,
                    "mail:" + failed.mailId() + ":failed",
                    title,
                    Links.MAIL_QUEUE);
        }
    }

    @EventListener
    void meetingLogged(MeetingLogged logged) {
        LocalDate since = LocalDate.now(clock).minusDays(COUNTERPART_MET_DAYS);
        for (CounterpartMetElsewhere met : system.asSystem(() -> meetings.metElsewhere(logged, since))) {
            notifier.tell(
                    met.userId(),
                    NotificationKind.COUNTERPART_MET,
                    "meeting:" + logged.meetingId() + ":counterpart:" + met.counterpartId(),
                    met.otherPostName() + " met " + met.counterpartName() + ", whom you met on "
                            + Titles.date(met.metOn()),
                    "meetings/" + logged.meetingId(),
                    logged.handlingMarking());
        }
    }
}
