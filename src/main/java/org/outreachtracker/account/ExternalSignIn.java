package org.outreachtracker.account;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person the ministry's provider vouched for, as its ID token and user information say.
 *
 * @param issuer the provider
 * @param subject the person's id at the provider, which never changes
 * @param username the account name the provider gives (its username claim, else the e-mail address, else the subject)
 * @param displayName the person's name, or null
 * @param email the e-mail address, or null
 * @param groups the person's groups, or null when the provider sent no groups claim
 * @param sourceAddress where the sign-in came from, for the audit trail
 */
public record ExternalSignIn(
        String issuer,
        String subject,
        String username,
        @Nullable String displayName,
        @Nullable String email,
        @Nullable List<String> groups,
        String sourceAddress) {}
