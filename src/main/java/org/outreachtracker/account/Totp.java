package org.outreachtracker.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, built on HOTP, RFC 4226) as authenticator apps make
 * them: HMAC-SHA1, a new code every 30 seconds, 6 digits. A code is accepted for the current time
 * step and the one before and after it (a phone's clock may be off by up to 30 seconds either
 * way), and only for a step later than the last one used, so a code cannot be used twice.
 */
final class Totp {

    /** Seconds per time step. */
    static final int STEP_SECONDS = 30;

    /** Digits of a code. */
    static final int DIGITS = 6;

    /** Steps accepted before and after the current one. */
    static final int ALLOWED_SKEW = 1;

    private Totp() {}

    /** The time step an instant falls in (RFC 6238: T = floor((now - T0) / X), T0 = 0). */
    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code for a step, as an authenticator app shows it. */
    static String code(byte[] secret, long step) {
        return hotp("HmacSHA1", secret, step, DIGITS);
    }

    /**
     * The step a code belongs to, when it is the code of the step of {@code now} or of one step
     * before or after it, and that step is later than {@code lastUsedStep}; empty otherwise
     * (wrong, too old, too new, or used already).
     */
    static OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
        String typed = normalize(code);
        if (typed.length() != DIGITS) {
            return OptionalLong.empty();
        }
        long current = step(now);
        long found = -1;
        for (long step = current - ALLOWED_SKEW; step <= current + ALLOWED_SKEW; step++) {
            // Every candidate is compared in constant time, and all are compared, so the time
            // taken does not tell which step matched.
            if (MessageDigest.isEqual(code(secret, step).getBytes(), typed.getBytes()) && step > lastUsedStep) {
                found = found < 0 ? step : found;
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** A code as typed, without the spaces some apps show in the middle ("123 456"). */
    static String normalize(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    /**
     * HOTP (RFC 4226 section 5.3) with the given HMAC algorithm ("HmacSHA1", "HmacSHA256",
     * "HmacSHA512") and number of digits; for the RFC's test vectors as well as for {@link #code}.
     */
    static String hotp(String algorithm, byte[] key, long counter, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] message = new byte[8];
            for (int i = 7; i >= 0; i--) {
                message[i] = (byte) (counter & 0xff);
                counter >>>= 8;
            }
            hash = mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JVM offers no " + algorithm, e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        int otp = binary % (int) Math.pow(10, digits);
        return String.format("%0" + digits + "d", otp);
    }
}
