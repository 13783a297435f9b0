package org.outreachtracker.notification;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operator settings for reminders ({@code outreach.notifications.*}).
 *
 * @param reportDueDays how many days before a tasking's report-by date its desk officers are told
 * @param checkCron when the due-date checks run (Spring cron: second minute hour day month weekday)
 * @param digestCron when the managers' summary is made and the daily digests are e-mailed
 * @param digestZone the time zone of {@code digestCron} ("7:00" where the ministry is)
 * @param catchUpInterval how often a node looks for notifications made on another node, so the
 *                        bells of the pages open on it show them
 * @param mailContent what e-mails say of each notification: its title and link, or only its kind and link
 */
@ConfigurationProperties("outreach.notifications")
public record NotificationProperties(
        @DefaultValue("3") int reportDueDays,
        @DefaultValue("0 5 * * * *") String checkCron,
        @DefaultValue("0 0 7 * * *") String digestCron,
        @DefaultValue("UTC") ZoneId digestZone,
        @DefaultValue("15s") Duration catchUpInterval,
        @DefaultValue("TITLES") MailContent mailContent) {

    /** What an e-mail says of a notification. Summaries and descriptions are never sent. */
    public enum MailContent {
        /** The notification's title (names and dates only) and a link to the record. */
        TITLES,
        /** Only the kind of notification and a link: nothing about the record itself. */
        LINKS
    }
}
