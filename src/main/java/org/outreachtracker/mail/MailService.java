package org.outreachtracker.mail;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachtracker.account.EmailAddress;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Authenticated;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outgoing e-mail. Queuing a message only adds a row to the outbox, in the caller's transaction:
 * it goes with the action that caused it, or not at all, and never waits for the mail server.
 * {@link OutboxSender} sends what is due. E-mail is off when no SMTP server is set
 * ({@code spring.mail.host}): then nothing is queued. Administrators see the queue, send a
 * message again and send a test message.
 */
@Service
@Transactional
public class MailService {

    static final int MAX_PAGE = 200;

    private final QueuedMailRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailMessages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final OutboxSender sendingJob;

    MailService(
            QueuedMailRepository outbox,
            ObjectProvider<JavaMailSender> sender,
            MailMessages messages,
            AuditLog audit,
            Clock clock,
            OutboxSender sendingJob) {
        this.sendingJob = sendingJob;
        this.outbox = outbox;
        this.sender = sender;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether e-mail is set up at this installation (an SMTP server is given). */
    @Authenticated
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** Queues a message; false, and nothing queued, when e-mail is off. For the application's own work. */
    @RolesAllowed(Roles.SYSTEM)
    public boolean queue(OutgoingMail mail) {
        if (!enabled()) {
            return false;
        }
        outbox.save(new QueuedMail(mail, clock.instant()));
        return true;
    }

    /** A page of the queue, newest first; all states when {@code states} is empty. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<MailRow> list(Set<MailState> states, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw RuleViolationException.because("refusal.mail.pageRange", String.valueOf(MAX_PAGE));
        }
        return outbox.list(all(states), PageRequest.of(offset / limit, limit)).stream()
                .map(QueuedMail::toRow)
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long count(Set<MailState> states) {
        return outbox.countByStateIn(all(states));
    }

    /** How many messages are in each state. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Map<MailState, Long> counts() {
        Map<MailState, Long> counts = new EnumMap<>(MailState.class);
        for (MailState state : MailState.values()) {
            counts.put(state, outbox.countByState(state));
        }
        return counts;
    }

    /** Puts a sent or failed message back in the queue, as new; audited. */
    @RolesAllowed(Roles.ADMIN)
    public void resend(long id) {
        QueuedMail mail = outbox.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.mail.gone"));
        if (mail.state() == MailState.WAITING) {
            throw RuleViolationException.because("refusal.mail.stillWaiting");
        }
        if (!enabled()) {
            throw RuleViolationException.because("refusal.mail.off");
        }
        String before = mail.state().label();
        mail.again(clock.instant());
        audit.changed(
                AuditAction.CHANGED,
                AuditedObject.MAIL,
                id,
                "Queued again (was " + before.toLowerCase(java.util.Locale.ROOT) + ") for " + mail.recipient());
    }

    /** Queues a short test message to the address; audited. */
    @RolesAllowed(Roles.ADMIN)
    public void sendTestMessage(String address) {
        String to = EmailAddress.normalize(address);
        if (to == null) {
            throw RuleViolationException.because("refusal.mail.testAddressMissing");
        }
        EmailAddress.problem(to).ifPresent(problem -> {
            throw new RuleViolationException(problem);
        });
        if (!enabled()) {
            throw RuleViolationException.because("refusal.mail.off");
        }
        QueuedMail saved = outbox.save(new QueuedMail(
                messages.message(
                        to,
                        null,
                        "colleague",
                        Languages.ENGLISH,
                        "Test message",
                        "This is a test message from Outreach Tracker. If you can read it, e-mail works.",
                        List.of(new MailMessages.Line("Open Outreach Tracker", ""))),
                clock.instant()));
        audit.changed(AuditAction.CREATED, AuditedObject.MAIL, saved.id(), "Test message queued for " + to);
    }

    /**
     * Sends the messages whose next attempt is due; returns how many went. For the application's
     * own work (the schedule, and tests).
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int sendDue() {
        return sendingJob.sendDue().orElse(0);
    }

    private static Set<MailState> all(Set<MailState> states) {
        return states == null || states.isEmpty() ? EnumSet.allOf(MailState.class) : states;
    }
}
