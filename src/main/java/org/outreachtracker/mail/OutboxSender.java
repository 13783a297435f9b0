package org.outreachtracker.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued messages that are due, one by one, each in a transaction of its own: a
 * message the server refuses, or a server that is down, costs that message one attempt and
 * leaves the rest to go. Runs on one node at a time (a lock row in the database).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /** The most messages one run sends; the rest go in the next run. */
    static final int BATCH = 100;

    private final QueuedMailRepository outbox;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxSender(
            QueuedMailRepository outbox,
            ObjectProvider<JavaMailSender> smtp,
            MailProperties properties,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.properties = properties;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** How many messages went; nothing when another node was sending. */
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT10M")
    public Optional<Integer> sendDue() {
        JavaMailSender server = smtp.getIfAvailable();
        if (server == null) {
            return Optional.of(0);
        }
        List<Long> due = transaction.execute(status -> outbox.dueIds(clock.instant(), PageRequest.of(0, BATCH)));
        int sent = 0;
        for (long id : due == null ? List.<Long>of() : due) {
            if (send(server, id)) {
                sent++;
            }
        }
        return Optional.of(sent);
    }

    private boolean send(JavaMailSender server, long id) {
        QueuedMail mail = transaction.execute(status -> outbox.findById(id).orElse(null));
        if (mail == null || mail.state() != MailState.WAITING) {
            return false;
        }
        String problem;
        try {
            server.send(mime(server, mail));
            transaction.executeWithoutResult(status -> outbox.findById(id).ifPresent(m -> m.sent(clock.instant())));
            return true;
        } catch (MailException | MessagingException e) {
            problem = reason(e);
        }
        log.warn("E-mail {} to {} not sent (attempt {}): {}", id, mail.recipient(), mail.attempts() + 1, problem);
        transaction.executeWithoutResult(status -> outbox.findById(id).ifPresent(m -> {
            Instant now = clock.instant();
            m.failed(problem, now, properties.maxAttempts(), properties.pauseAfter(m.attempts() + 1));
            if (m.state() == MailState.FAILED) {
                events.publishEvent(new MailFailed(id, m.recipient(), m.subject(), problem));
            }
        }));
        return false;
    }

    private MimeMessage mime(JavaMailSender server, QueuedMail mail) throws MessagingException {
        MimeMessage message = server.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.textBody(), mail.htmlBody());
        return message;
    }

    /** Why sending failed, in one line: the deepest cause's kind and message. */
    static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message =
                cause.getMessage() == null ? "" : cause.getMessage().strip().replaceAll("\\s+", " ");
        return cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
