package org.outreachtracker.account;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.outreachtracker.TestClock;

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

    /**
     * Moves the test clock one second into the next time step, so that the step does not change
     * between making a code and checking it.
     */
    public static void startOfStep(TestClock clock) {
        long second = clock.instant().getEpochSecond();
        clock.advance(Duration.ofSeconds(STEP_SECONDS - Math.floorMod(second, STEP_SECONDS) + 1));
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
