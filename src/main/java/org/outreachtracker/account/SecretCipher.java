package org.outreachtracker.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.outreachtracker.base.RuleViolationException;

/**
 * Encrypts authenticator secrets for the database with AES-256-GCM under the key of
 * {@code outreach.security.mfa.key}, which is never stored with the data. Each secret is bound to
 * its account (the account id is authenticated with it), so a secret copied to another account's
 * row does not decrypt. Stored as Base64 of a fresh 12-byte nonce followed by the ciphertext and
 * its 16-byte tag.
 */
final class SecretCipher {

    static final String NO_KEY = "Sign-in with an authenticator app is not set up on this system: the operator must"
            + " set outreach.security.mfa.key (32 random bytes, Base64-encoded).";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;

    /** A cipher for this key (empty: none, and every use is refused with {@link #NO_KEY}). */
    SecretCipher(String base64Key, SecureRandom random) {
        this.random = random;
        if (base64Key == null || base64Key.isBlank()) {
            this.key = null;
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(
                    "outreach.security.mfa.key must be Base64 (e.g. openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException(
                    "outreach.security.mfa.key must be 32 bytes (256 bits), Base64-encoded; it has " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    boolean available() {
        return key != null;
    }

    String encrypt(long accountId, byte[] secret) {
        requireKey();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(accountId));
            byte[] sealed = cipher.doFinal(secret);
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The secret stored for this account. Fails when it was encrypted under another key or for
     * another account, or was altered: then the account's second factor must be reset.
     */
    byte[] decrypt(long accountId, String stored) {
        requireKey();
        byte[] all = Base64.getDecoder().decode(stored);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(accountId));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (AEADBadTagException wrongKey) {
            throw new UnreadableSecretException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private void requireKey() {
        if (key == null) {
            throw new RuleViolationException(NO_KEY);
        }
    }

    private static byte[] associatedData(long accountId) {
        return ("app_user:" + accountId).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A stored secret that this key cannot read: another key, another account, or altered. */
    static final class UnreadableSecretException extends RuntimeException {
        UnreadableSecretException() {
            super("The stored authenticator secret cannot be decrypted with outreach.security.mfa.key"
                    + " (was the key changed?); an administrator must reset this account's second factor");
        }
    }
}
