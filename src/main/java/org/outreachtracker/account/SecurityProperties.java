package org.outreachtracker.account;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operator settings for signing in and sessions ({@code outreach.security.*} in
 * config/application.properties, documented there).
 *
 * @param systemUseNotice the notice shown on the sign-in page, to be acknowledged before signing in
 *        [{@link #DEFAULT_SYSTEM_USE_NOTICE}; empty or not set: that text]
 * @param systemUseNoticeTranslations the operator's notice in the interface's other languages, by
 *        language code ({@code outreach.security.system-use-notice-translations.fr=…}) [none: a page in
 *        another language shows the notice above; the built-in notice has its own translations]
 * @param lockout when repeated failed sign-ins lock an account, and for how long
 * @param passwords rules for new passwords
 * @param session when an idle session ends
 * @param mfa multi-factor sign-in with one-time codes from an authenticator app
 */
@ConfigurationProperties("outreach.security")
public record SecurityProperties(
        String systemUseNotice,
        Map<String, String> systemUseNoticeTranslations,
        @DefaultValue Lockout lockout,
        @DefaultValue Passwords passwords,
        @DefaultValue Session session,
        @DefaultValue Mfa mfa) {

    /** The system-use notice unless the operator sets another; the only place its text is written. */
    public static final String DEFAULT_SYSTEM_USE_NOTICE = "You are accessing a government information system."
            + " Use is authorized only for official business. Activity on this system is monitored and recorded,"
            + " and may be disclosed to authorized officials. Unauthorized use is prohibited and may lead to"
            + " criminal, civil and administrative penalties. By signing in you consent to these terms.";

    public SecurityProperties {
        if (systemUseNotice == null || systemUseNotice.isBlank()) {
            systemUseNotice = DEFAULT_SYSTEM_USE_NOTICE;
        }
        systemUseNoticeTranslations = systemUseNoticeTranslations == null
                ? Map.of()
                : systemUseNoticeTranslations.entrySet().stream()
                        .filter(entry ->
                                entry.getValue() != null && !entry.getValue().isBlank())
                        .collect(Collectors.toUnmodifiableMap(
                                Map.Entry::getKey, entry -> entry.getValue().strip()));
    }

    /** Whether the operator kept the built-in notice, whose translations come with the application. */
    public boolean builtInSystemUseNotice() {
        return systemUseNotice.equals(DEFAULT_SYSTEM_USE_NOTICE);
    }

    /** The operator's translation of their notice into that language, if they gave one. */
    public Optional<String> systemUseNoticeTranslation(Locale language) {
        return Optional.ofNullable(language).map(l -> systemUseNoticeTranslations.get(l.getLanguage()));
    }

    /**
     * @param maxFailedAttempts failed sign-ins that lock the account [3]
     * @param failureWindow the failures count only when they fall within this period [15 minutes]
     * @param lockDuration a locked account unlocks itself after this long, or earlier by an administrator [30 minutes]
     */
    public record Lockout(
            @DefaultValue("3") int maxFailedAttempts,
            @DefaultValue("15m") Duration failureWindow,
            @DefaultValue("30m") Duration lockDuration) {

        public Lockout {
            require(maxFailedAttempts >= 1, "outreach.security.lockout.max-failed-attempts must be at least 1");
            require(isPositive(failureWindow), "outreach.security.lockout.failure-window must be positive");
            require(isPositive(lockDuration), "outreach.security.lockout.lock-duration must be positive");
        }
    }

    /**
     * @param minLength the fewest characters a new password may have [12]; at least 8
     * @param contextWords words of the organisation that a password must not contain (besides the
     *        product's name, the username and the person's name, which are always refused)
     *        [ministry, foreign affairs, embassy, consulate, diplomat, diplomacy, demarche, government]
     */
    public record Passwords(
            @DefaultValue("12") int minLength,

            @DefaultValue({
                "ministry",
                "foreign affairs",
                "embassy",
                "consulate",
                "diplomat",
                "diplomacy",
                "demarche",
                "government"
            })
            List<String> contextWords) {

        /** The longest password accepted (BCrypt reads at most 72 bytes; longer ones are refused). */
        public static final int MAX_LENGTH = 64;

        public Passwords {
            require(
                    minLength >= 8 && minLength <= MAX_LENGTH,
                    "outreach.security.passwords.min-length must be between 8 and " + MAX_LENGTH);
            contextWords = contextWords == null
                    ? List.of()
                    : contextWords.stream()
                            .filter(word -> word != null && !word.isBlank())
                            .map(String::strip)
                            .toList();
        }
    }

    /**
     * @param idleTimeout a session without activity ends after this long [15 minutes]
     * @param warningBefore how long before the end the user is warned and may stay signed in [1 minute]
     */
    public record Session(
            @DefaultValue("15m") Duration idleTimeout,
            @DefaultValue("1m") Duration warningBefore) {

        public Session {
            require(
                    isPositive(idleTimeout) && idleTimeout.toSeconds() >= 10,
                    "outreach.security.session.idle-timeout must be at least 10 seconds");
            require(
                    isPositive(warningBefore) && warningBefore.compareTo(idleTimeout) < 0,
                    "outreach.security.session.warning-before must be positive and shorter than the idle timeout");
        }

        /**
         * While the user is active, the browser tells the server at most this often, so the server
         * does not end a session that is in use: a tenth of the idle timeout, at most 30 seconds.
         */
        public Duration keepAliveInterval() {
            Duration tenth = idleTimeout.dividedBy(10);
            return tenth.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : tenth;
        }

        /**
         * The server's own limit, for a browser that was closed or lost: the idle timeout plus one
         * keep-alive interval, since the last keep-alive may come that much before the last activity.
         */
        public Duration serverTimeout() {
            return idleTimeout.plus(keepAliveInterval());
        }
    }

    /**
     * @param key the key that encrypts the authenticator secrets in the database: 32 random bytes,
     *        Base64-encoded (e.g. {@code openssl rand -base64 32}), best given in the environment
     *        ({@code OUTREACH_SECURITY_MFA_KEY}) [none: nobody can enrol an authenticator app]
     * @param requiredForAdministrators whether administrators must use a second factor [true]
     * @param requiredForEveryone whether everyone must use a second factor [false]
     * @param issuer the name authenticator apps show next to the account [Outreach Tracker]
     */
    public record Mfa(
            String key,
            @DefaultValue("true") boolean requiredForAdministrators,
            @DefaultValue("false") boolean requiredForEveryone,
            @DefaultValue("Outreach Tracker") String issuer) {

        public Mfa {
            key = key == null ? "" : key.strip();
            require(issuer != null && !issuer.isBlank(), "outreach.security.mfa.issuer must not be empty");
        }

        /** Whether a key is set, so secrets can be stored. */
        public boolean keySet() {
            return !key.isEmpty();
        }

        /** Never shows the key (settings may be logged). */
        @Override
        public String toString() {
            return "Mfa[key=" + (keySet() ? "(set)" : "(not set)") + ", requiredForAdministrators="
                    + requiredForAdministrators + ", requiredForEveryone=" + requiredForEveryone + ", issuer="
                    + issuer + "]";
        }
    }

    private static boolean isPositive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
