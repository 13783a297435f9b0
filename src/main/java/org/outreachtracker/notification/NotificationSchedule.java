package org.outreachtracker.notification;

import java.util.TimeZone;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * When reminders run, from the operator's settings. Takes effect only where scheduled work is on
 * ({@code outreach.scheduling.enabled}); the jobs lock themselves, so each runs on one node of a
 * cluster at a time, while every node looks for notifications made elsewhere for its own pages.
 */
@Component
class NotificationSchedule implements SchedulingConfigurer {

    private final NotificationJobs jobs;
    private final NotificationBroadcaster broadcaster;
    private final NotificationProperties properties;

    NotificationSchedule(
            NotificationJobs jobs, NotificationBroadcaster broadcaster, NotificationProperties properties) {
        this.jobs = jobs;
        this.broadcaster = broadcaster;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(jobs::checkDueDates, properties.checkCron());
        registrar.addTriggerTask(
                jobs::daily, new CronTrigger(properties.digestCron(), TimeZone.getTimeZone(properties.digestZone())));
        registrar.addFixedDelayTask(broadcaster::catchUp, properties.catchUpInterval());
    }
}
