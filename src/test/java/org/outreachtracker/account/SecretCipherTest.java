package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.RuleViolationException;

/** Authenticator secrets at rest: readable only with the configured key and only for their own account. */
class SecretCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());
    static final byte[] SECRET = "12345678901234567890".getBytes();

    final SecretCipher cipher = new SecretCipher(KEY, new SecureRandom());

    @Test
    void aSecretEncryptedForAnAccountDecryptsForThatAccount() {
        String stored = cipher.encrypt(7, SECRET);

        assertThat(Base64.getDecoder().decode(stored)).hasSize(12 + SECRET.length + 16);
        assertThat(new String(Base64.getDecoder().decode(stored))).doesNotContain(new String(SECRET));
        assertThat(cipher.decrypt(7, stored)).isEqualTo(SECRET);
        assertThat(cipher.encrypt(7, SECRET)).as("a fresh nonce each time").isNotEqualTo(stored);
    }

    @Test
    void anotherKeyAnotherAccountOrAnAlteredValueCannotReadIt() {
        String stored = cipher.encrypt(7, SECRET);
        byte[] altered = Base64.getDecoder().decode(stored);
        altered[20] ^= 1;

        assertThatThrownBy(() -> new SecretCipher(OTHER_KEY, new SecureRandom()).decrypt(7, stored))
                .isInstanceOf(SecretCipher.UnreadableSecretException.class)
                .hasMessageContaining("reset");
        assertThatThrownBy(() -> cipher.decrypt(8, stored)).isInstanceOf(SecretCipher.UnreadableSecretException.class);
        assertThatThrownBy(() -> cipher.decrypt(7, Base64.getEncoder().encodeToString(altered)))
                .isInstanceOf(SecretCipher.UnreadableSecretException.class);
    }

    @Test
    void withoutAKeyNothingIsEncryptedAndTheMessageNamesTheSetting() {
        var none = new SecretCipher("", new SecureRandom());

        assertThat(none.available()).isFalse();
        assertThatThrownBy(() -> none.encrypt(7, SECRET))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("outreach.security.mfa.key");
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedAtStart() {
        assertThatThrownBy(() -> new SecretCipher("not base64!", new SecureRandom()))
                .hasMessageContaining("must be Base64");
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[16]), new SecureRandom()))
                .hasMessageContaining("must be 32 bytes")
                .hasMessageContaining("it has 16");
    }
}
