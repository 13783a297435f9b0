package org.outreachtracker.account;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Set;

/**
 * What an authenticator app does, for tests outside the account feature: reads the key shown on
 * the set-up page and makes the code for a moment ({@link Totp}).
 */
public final class TestCodes {

    public static final int STEP_SECONDS = Totp.STEP_SECONDS;

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private TestCodes() {}

    /** The secret of a key as the page shows it (Base32, in groups of four). */
    public static byte[] secret(String manualKey) {
        String key = manualKey.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        var out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : key.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not a Base32 key: " + manualKey);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    /** The code the app shows at that moment. */
    public static String code(byte[] secret, Instant at) {
        return Totp.code(secret, Totp.step(at));
    }

    /** A code that is none of those accepted at that moment. */
    public static String wrongCode(byte[] secret, Instant at) {
        long step = Totp.step(at);
        Set<String> accepted =
                Set.of(Totp.code(secret, step - 1), Totp.code(secret, step), Totp.code(secret, step + 1));
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!accepted.contains(candidate)) {
                return candidate;
            }
        }
    }
}
