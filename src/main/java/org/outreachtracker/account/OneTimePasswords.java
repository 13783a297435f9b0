package org.outreachtracker.account;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Generates one-time passwords: four groups of four characters from an alphabet without
 * look-alikes (no 0/O, 1/l/I), easy to read out or type, about 90 bits of randomness.
 */
@Component
class OneTimePasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final SecureRandom random = new SecureRandom();
    private final PasswordPolicy policy;

    OneTimePasswords(PasswordPolicy policy) {
        this.policy = policy;
    }

    /** A new password that meets the password rules for this username. */
    String generate(String username) {
        while (true) {
            var password = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                if (group > 0) {
                    password.append('-');
                }
                for (int i = 0; i < 4; i++) {
                    password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            if (policy.check(username, password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }
}
