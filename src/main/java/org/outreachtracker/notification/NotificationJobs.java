package org.outreachtracker.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.outreachtracker.account.AccountContact;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders that come with time: follow-ups due tomorrow or overdue, taskings near or past their
 * report-by date, the managers' daily summary, and the daily digest by e-mail. Each runs on one
 * node of a cluster at a time (a lock row in the database), and running one twice tells nobody
 * twice (each notice has a key), so a node that takes over after another fell over repeats nothing.
 * Dates are the application's days (its clock, in UTC as everything stored).
 */
@Component
public class NotificationJobs {

    /**
     * How far back a check still catches an overdue follow-up or lapsed tasking that nobody was
     * told of (a node down over a holiday, an installation's first days); older ones are left to
     * the pages that list them, so each check reads a bounded number of records.
     */
    static final int CATCH_UP_DAYS = 30;

    private final Notifier notifier;
    private final Titles titles;
    private final FollowUpService followUps;
    private final TaskingService taskings;
    private final UserAccountService users;
    private final NotificationMail mail;
    private final SystemAccess system;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int reportDueDays;

    NotificationJobs(
            Notifier notifier,
            Titles titles,
            FollowUpService followUps,
            TaskingService taskings,
            UserAccountService users,
            NotificationMail mail,
            SystemAccess system,
            TransactionTemplate transaction,
            Clock clock,
            NotificationProperties properties) {
        this.notifier = notifier;
        this.titles = titles;
        this.followUps = followUps;
        this.taskings = taskings;
        this.users = users;
        this.mail = mail;
        this.system = system;
        this.transaction = transaction;
        this.clock = clock;
        this.reportDueDays = properties.reportDueDays();
    }

    /**
     * Every hour by default ({@link NotificationSchedule}): what fell due since the last check. Returns how many notices were
     * made, or nothing when another node was running the check.
     */
    @SchedulerLock(name = "notification-due-dates", lockAtMostFor = "PT30M")
    public Optional<Integer> checkDueDates() {
        return Optional.ofNullable(
                system.asSystem(() -> transaction.execute(status -> followUpsDue() + taskingsDue())));
    }

    /**
     * Once a day (7:00 in the configured zone by default): the managers' summary, then each
     * person's digest of the notifications they chose to receive that way. Returns how many
     * digests were queued, or nothing when another node was doing this.
     */
    @SchedulerLock(name = "notification-daily", lockAtMostFor = "PT30M")
    public Optional<Integer> daily() {
        return Optional.ofNullable(system.asSystem(() -> transaction.execute(status -> {
            managersSummary();
            return mail.sendDigests();
        })));
    }

    private int followUpsDue() {
        LocalDate today = LocalDate.now(clock);
        Titles.Memo names = titles.memo();
        int told = 0;
        for (FollowUpRef followUp :
                followUps.outstandingDueBetween(today.minusDays(CATCH_UP_DAYS), today.plusDays(1))) {
            String what = names.country(followUp.countryId()) + ", " + names.campaign(followUp.campaignId());
            if (followUp.dueDate().isAfter(today)) {
                told += tell(
                        followUp.ownerId(),
                        NotificationKind.FOLLOW_UP_DUE,
                        "follow-up:" + followUp.id() + ":due:" + followUp.dueDate(),
                        "Follow-up due tomorrow: " + what,
                        Links.followUp(followUp));
            } else if (followUp.dueDate().isBefore(today)) {
                told += tell(
                        followUp.ownerId(),
                        NotificationKind.FOLLOW_UP_DUE,
                        "follow-up:" + followUp.id() + ":overdue:" + followUp.dueDate(),
                        "Follow-up overdue since " + Titles.date(followUp.dueDate()) + ": " + what,
                        Links.followUp(followUp));
            }
        }
        return told;
    }

    private int taskingsDue() {
        LocalDate today = LocalDate.now(clock);
        Titles.Memo names = titles.memo();
        int told = 0;
        for (TaskingRef tasking :
                taskings.outstandingReportBy(today.minusDays(CATCH_UP_DAYS), today.plusDays(reportDueDays))) {
            String what = names.campaign(tasking.campaignId()) + ", " + names.country(tasking.countryId());
            boolean lapsed = tasking.reportBy().isBefore(today);
            String key = "tasking:" + tasking.id() + (lapsed ? ":lapsed:" : ":due:") + tasking.reportBy();
            String title = lapsed
                    ? "Report overdue since " + Titles.date(tasking.reportBy()) + ": " + what
                    : "Report due " + when(today, tasking.reportBy()) + ": " + what;
            for (AccountContact officer : users.deskOfficersOf(tasking.countryId())) {
                told += tell(officer.id(), NotificationKind.TASKING_DUE, key, title, Links.tasking(tasking));
            }
        }
        return told;
    }

    private void managersSummary() {
        LocalDate today = LocalDate.now(clock);
        long lapsed = taskings.countLapsed();
        long overdue = followUps.countOverdue();
        if (lapsed == 0 && overdue == 0) {
            return;
        }
        String title = "Daily summary for " + Titles.date(today) + ": " + count(lapsed, "lapsed tasking") + ", "
                + count(overdue, "overdue follow-up");
        for (AccountContact manager : users.activeWithRole(Role.MANAGER)) {
            notifier.tell(manager.id(), NotificationKind.DAILY_SUMMARY, "summary:" + today, title, Links.DASHBOARD);
        }
    }

    private int tell(long recipientId, NotificationKind kind, String key, String title, String link) {
        return notifier.tell(recipientId, kind, key, title, link) ? 1 : 0;
    }

    private static String when(LocalDate today, LocalDate date) {
        long days = ChronoUnit.DAYS.between(today, date);
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days, on " + Titles.date(date);
    }

    static String count(long n, String what) {
        return String.format("%,d %s%s", n, what, n == 1 ? "" : "s");
    }
}
