package org.outreachtracker.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operator settings for e-mail ({@code outreach.mail.*}). The SMTP server itself is Spring's
 * {@code spring.mail.*}: without {@code spring.mail.host}, e-mail is off.
 *
 * @param from the sender address of every message
 * @param baseUrl the application's address as users reach it, for the links in messages
 * @param marking the handling marking every message carries; empty: the banner text
 * @param maxAttempts attempts before a message is marked failed
 * @param firstRetry the pause after the first failed attempt; it doubles after each further one
 * @param maxRetry the longest pause between attempts
 * @param sendInterval how often the queue is looked at
 */
@ConfigurationProperties("outreach.mail")
public record MailProperties(
        @DefaultValue("outreach-tracker@localhost") String from,
        @DefaultValue("http://localhost:8080/") String baseUrl,
        @DefaultValue("") String marking,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("30s") Duration sendInterval) {

    public MailProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        marking = marking.strip();
    }

    /** The pause before the next attempt after {@code failedAttempts} failed ones: 1, 2, 4 … minutes, at most {@code maxRetry}. */
    public Duration pauseAfter(int failedAttempts) {
        Duration pause = firstRetry.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
        return pause.compareTo(maxRetry) > 0 ? maxRetry : pause;
    }
}
