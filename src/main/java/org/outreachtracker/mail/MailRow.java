package org.outreachtracker.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A queued message as administrators see it in the mail queue (without its body). */
public record MailRow(
        long id,
        String recipient,
        String subject,
        MailState state,
        int attempts,
        Instant createdAt,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable String lastError) {}
