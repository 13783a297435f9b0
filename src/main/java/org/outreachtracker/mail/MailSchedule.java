package org.outreachtracker.mail;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Looks at the outbox every {@code outreach.mail.send-interval}, where scheduled work is on. */
@Component
class MailSchedule implements SchedulingConfigurer {

    private final OutboxSender sender;
    private final MailProperties properties;

    MailSchedule(OutboxSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(sender::sendDue, properties.sendInterval());
    }
}
