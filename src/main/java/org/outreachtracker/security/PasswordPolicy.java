package org.outreachtracker.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Rules a new password must meet; each broken rule gives a message for the user: long enough
 * (configurable, 12 by default), not too long for the hash, not containing the username, and
 * not one of the common passwords listed in {@code security/common-passwords.txt} (ignoring case).
 */
@Component
class PasswordPolicy {

    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";
    /** BCrypt uses at most 72 bytes of a password and refuses longer ones. */
    private static final int MAX_BYTES = 72;

    private final int minLength;
    private final Set<String> commonPasswords;

    PasswordPolicy(SecurityProperties properties) {
        this.minLength = properties.passwords().minLength();
        this.commonPasswords = load();
    }

    /** Why the password is refused, or empty when it is acceptable. */
    Optional<String> check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            return Optional.of("Use at least " + minLength + " characters.");
        }
        if (password.length() > SecurityProperties.Passwords.MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + SecurityProperties.Passwords.MAX_LENGTH
                    + " characters (fewer when they include accented letters or symbols).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the username.");
        }
        if (commonPasswords.contains(lower.strip())) {
            return Optional.of("This password is too common and easy to guess: choose another one.");
        }
        return Optional.empty();
    }

    int minLength() {
        return minLength;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(80_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + COMMON_PASSWORDS);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty()) {
                    passwords.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, e);
        }
        return Set.copyOf(passwords);
    }
}
