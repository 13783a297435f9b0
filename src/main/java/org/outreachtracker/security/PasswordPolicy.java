package org.outreachtracker.security;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Rules a new password must meet; each broken rule gives a message for the user. */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    /** Why the password is refused, or empty when it is acceptable. */
    Optional<String> check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (!username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the username.");
        }
        return Optional.empty();
    }
}
