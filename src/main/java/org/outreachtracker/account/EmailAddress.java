package org.outreachtracker.account;

import java.util.Locale;

/**
 * The rule for the e-mail addresses of accounts. Bean Validation's {@code @Email} checks the
 * form of the local part and the domain; the pattern adds what a deliverable address in an
 * organisation has: a dot in the domain ("someone@ministry", without one, is refused).
 * Addresses are kept without surrounding spaces and with the domain in lower case.
 */
public final class EmailAddress {

    /** The address as a whole: something, an @, and a domain with a dot. */
    public static final String PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    public static final String MESSAGE = "Enter an e-mail address such as name@ministry.example.";

    private EmailAddress() {}

    /** What is wrong with an address (already normalized), if anything; none (null) is fine. */
    public static java.util.Optional<String> problem(String address) {
        if (address == null) {
            return java.util.Optional.empty();
        }
        if (address.length() > 254) {
            return java.util.Optional.of("Use at most 254 characters.");
        }
        return address.matches(PATTERN) ? java.util.Optional.empty() : java.util.Optional.of(MESSAGE);
    }

    /** The address as stored: stripped, the domain in lower case; null for none (null or blank). */
    public static String normalize(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String stripped = address.strip();
        int at = stripped.lastIndexOf('@');
        return at < 0
                ? stripped
                : stripped.substring(0, at + 1) + stripped.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
