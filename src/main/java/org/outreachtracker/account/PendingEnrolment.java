package org.outreachtracker.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An authenticator app being set up, not yet confirmed: what the person adds to their app (the
 * {@code otpauth://} address, shown as a QR code, or the key typed in by hand). Nothing is stored
 * until a code from the app confirms it ({@link SecondFactorService#confirmEnrolment}); the
 * secret itself is not readable outside the account feature.
 */
public final class PendingEnrolment {

    private final long accountId;
    private final byte[] secret;
    private final String uri;
    private final String manualKey;

    PendingEnrolment(long accountId, byte[] secret, String issuer, String username) {
        this.accountId = accountId;
        this.secret = secret.clone();
        String key = Base32.encode(secret);
        this.manualKey = Base32.grouped(key);
        String label = encode(issuer) + ":" + encode(username);
        this.uri = "otpauth://totp/" + label + "?secret=" + key + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    /** The address an authenticator app reads from a QR code (Key Uri Format). */
    public String uri() {
        return uri;
    }

    /** The key to type into an app by hand, in groups of four characters. */
    public String manualKey() {
        return manualKey;
    }

    long accountId() {
        return accountId;
    }

    byte[] secret() {
        return secret.clone();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "PendingEnrolment[account " + accountId + "]";
    }
}
