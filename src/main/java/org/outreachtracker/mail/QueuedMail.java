package org.outreachtracker.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message in the outbox, with its attempts so far. */
@Entity
@Table(name = "mail_outbox")
class QueuedMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 254)
    private String recipient;

    @Column(name = "recipient_id", updatable = false)
    private @Nullable Long recipientId;

    @Column(nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false, updatable = false, length = 20000)
    private String textBody;

    @Column(name = "html_body", nullable = false, updatable = false, length = 40000)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailState state = MailState.WAITING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Version
    private long version;

    protected QueuedMail() {}

    QueuedMail(OutgoingMail mail, Instant now) {
        this.recipient = mail.recipient();
        this.recipientId = mail.recipientId();
        this.subject = cut(mail.subject(), 300);
        this.textBody = cut(mail.text(), 20000);
        this.htmlBody = cut(mail.html(), 40000);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String textBody() {
        return textBody;
    }

    String htmlBody() {
        return htmlBody;
    }

    MailState state() {
        return state;
    }

    int attempts() {
        return attempts;
    }

    void sent(Instant now) {
        attempts++;
        state = MailState.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Counts a failed attempt: tried again after {@code pause}, or failed for good after the last one. */
    void failed(String reason, Instant now, int maxAttempts, Duration pause) {
        attempts++;
        lastError = cut(reason, 500);
        if (attempts >= maxAttempts) {
            state = MailState.FAILED;
        } else {
            nextAttemptAt = now.plus(pause);
        }
    }

    /** Back in the queue, as a new message: an administrator sends it again. */
    void again(Instant now) {
        state = MailState.WAITING;
        attempts = 0;
        nextAttemptAt = now;
        sentAt = null;
        lastError = null;
    }

    MailRow toRow() {
        return new MailRow(
                id,
                recipient,
                subject,
                state,
                attempts,
                createdAt,
                state == MailState.WAITING ? nextAttemptAt : null,
                sentAt,
                lastError);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
