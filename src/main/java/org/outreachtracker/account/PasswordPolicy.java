package org.outreachtracker.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Rules a new password must meet; each broken rule gives a message for the user. A password is
 * first normalised (Unicode NFKC, {@link #normalize}: the same text typed on different keyboards
 * becomes the same characters), and it is the normalised form that is checked and stored. It must
 * then: contain no invisible or control characters; not be only spaces; be long enough
 * (configurable, 12 by default) but not too long for the hash; use at least five different
 * characters; not contain the username or the person's name, the product's name or the
 * organisation's words ({@link SecurityProperties.Passwords#contextWords()}); and not be one of the
 * common passwords in {@code security/common-passwords.txt}, also when digits, symbols or
 * look-alike characters ({@code 0} for {@code o}, {@code @} for {@code a}) are added to one.
 */
@Component
public class PasswordPolicy {

    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";
    /** The product's own name: never a good password, whatever the organisation configured. */
    static final List<String> PRODUCT_WORDS = List.of("outreach", "tracker");
    /** BCrypt uses at most 72 bytes of a password and refuses longer ones. */
    private static final int MAX_BYTES = 72;

    private static final int MIN_DISTINCT_CHARACTERS = 5;
    /** Parts of a context word or a name shorter than this are not looked for (too many false alarms). */
    private static final int MIN_WORD_LENGTH = 4;

    private final int minLength;
    private final List<String> contextWords;
    private final Set<String> commonPasswords;

    PasswordPolicy(SecurityProperties properties) {
        this.minLength = properties.passwords().minLength();
        Set<String> words = new LinkedHashSet<>(PRODUCT_WORDS);
        properties.passwords().contextWords().stream()
                .map(PasswordPolicy::compact)
                .filter(word -> word.length() >= MIN_WORD_LENGTH)
                .forEach(words::add);
        this.contextWords = List.copyOf(words);
        this.commonPasswords = load();
    }

    /**
     * The form in which a password is checked, hashed and compared at sign-in: Unicode NFKC, so that
     * composed and decomposed accents, full-width letters and the various spaces become one form.
     */
    public static String normalize(CharSequence password) {
        return password == null ? null : Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /** Why the password is refused, or empty when it is acceptable (for an account without a display name yet). */
    Optional<String> check(String username, String password) {
        return check(username, null, password);
    }

    /** Why the password is refused, or empty when it is acceptable. */
    Optional<String> check(String username, String displayName, String password) {
        if (password == null) {
            return Optional.of("Use at least " + minLength + " characters.");
        }
        String normalized = normalize(password);
        if (normalized.codePoints().anyMatch(PasswordPolicy::isInvisible)) {
            return Optional.of("The password contains an invisible character (such as a tab, a line break or a"
                    + " zero-width space). Use letters, digits, symbols and ordinary spaces only.");
        }
        if (!normalized.isEmpty() && normalized.isBlank()) {
            return Optional.of("A password cannot be only spaces. Use letters, digits or symbols.");
        }
        if (normalized.codePointCount(0, normalized.length()) < minLength) {
            return Optional.of("Use at least " + minLength + " characters.");
        }
        if (normalized.length() > SecurityProperties.Passwords.MAX_LENGTH
                || normalized.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + SecurityProperties.Passwords.MAX_LENGTH
                    + " characters (fewer when they include accented letters or symbols).");
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        if (lower.codePoints().filter(c -> c != ' ').distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("Use at least " + MIN_DISTINCT_CHARACTERS + " different characters: a password"
                    + " of repeated characters is easy to guess.");
        }
        List<String> forms = comparableForms(lower);
        if (username != null
                && !username.isBlank()
                && (lower.contains(username.toLowerCase(Locale.ROOT)) || containsAny(forms, compact(username)))) {
            return Optional.of("The password must not contain the username.");
        }
        if (displayName != null) {
            for (String part : displayName.split("[^\\p{L}\\p{N}]+")) {
                String name = compact(part);
                if (name.length() >= MIN_WORD_LENGTH && containsAny(forms, name)) {
                    return Optional.of("The password must not contain your name.");
                }
            }
        }
        for (String word : contextWords) {
            if (containsAny(forms, word)) {
                return Optional.of("The password must not contain the name of this system or of the organisation"
                        + " ('" + word + "'): such words are the first an attacker tries.");
            }
        }
        if (commonPasswords.contains(lower.strip())) {
            return Optional.of("This password is too common and easy to guess: choose another one.");
        }
        for (String core : cores(lower)) {
            if (commonPasswords.contains(core)) {
                return Optional.of("This is a common password with digits, symbols or look-alike characters"
                        + " added, which is just as easy to guess: choose another one.");
            }
        }
        return Optional.empty();
    }

    int minLength() {
        return minLength;
    }

    List<String> contextWords() {
        return contextWords;
    }

    /**
     * Invisible or control characters (after NFKC): controls such as tab and line break, format
     * characters such as the zero-width space and joiners, private-use and unassigned code
     * points, separators other than the ordinary space, and the few other characters Unicode
     * lists as ignorable by default (variation selectors, fillers).
     */
    static boolean isInvisible(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.SURROGATE,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> {
                return true;
            }
            default -> {
                // checked below
            }
        }
        if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return true;
        }
        return c == 0x034F
                || c == 0x115F
                || c == 0x1160
                || c == 0x17B4
                || c == 0x17B5
                || (c >= 0x180B && c <= 0x180F)
                || c == 0x3164
                || c == 0xFFA0
                || (c >= 0xFE00 && c <= 0xFE0F)
                || (c >= 0xE0100 && c <= 0xE01EF);
    }

    /** Letters and digits only, lower case: how words are compared with a password. */
    static String compact(String text) {
        String normalized = normalize(text).toLowerCase(Locale.ROOT);
        var result = new StringBuilder(normalized.length());
        normalized.codePoints().filter(Character::isLetterOrDigit).forEach(result::appendCodePoint);
        return result.toString();
    }

    /** The password as written, and with look-alike characters read as the letters they stand for. */
    private static List<String> comparableForms(String lower) {
        List<String> forms = new ArrayList<>();
        forms.add(compact(lower));
        for (String readable : unLeet(lower)) {
            forms.add(compact(readable));
        }
        return forms;
    }

    private static boolean containsAny(List<String> forms, String word) {
        return !word.isEmpty() && forms.stream().anyMatch(form -> form.contains(word));
    }

    /**
     * What is left when digits, symbols and spaces are taken off both ends (the common password a
     * "Password2026!" is built on), also without spaces or separators inside, and with look-alike
     * characters read as letters.
     */
    private static Set<String> cores(String lower) {
        Set<String> cores = new LinkedHashSet<>();
        String core = stripEnds(lower);
        if (core.isEmpty()) {
            return cores;
        }
        cores.add(core);
        cores.add(core.replaceAll("[\\s._-]+", ""));
        for (String readable : unLeet(core)) {
            cores.add(readable);
            cores.add(readable.replaceAll("[\\s._-]+", ""));
        }
        cores.removeIf(candidate -> candidate.length() < MIN_WORD_LENGTH);
        return cores;
    }

    private static String stripEnds(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Look-alike characters read as letters; '1' and '!' may stand for 'i' or 'l', so two readings. */
    private static List<String> unLeet(String text) {
        String common = text.replace('@', 'a')
                .replace('4', 'a')
                .replace('3', 'e')
                .replace('0', 'o')
                .replace('$', 's')
                .replace('5', 's')
                .replace('7', 't')
                .replace('+', 't');
        return List.of(
                common.replace('1', 'i').replace('!', 'i').replace('|', 'i'),
                common.replace('1', 'l').replace('!', 'l').replace('|', 'l'));
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(120_000);
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
