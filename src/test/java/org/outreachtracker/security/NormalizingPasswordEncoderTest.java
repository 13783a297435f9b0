package org.outreachtracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed and compared in their normalised form, and a password set before that
 * (hashed as it was typed) still signs in.
 */
class NormalizingPasswordEncoderTest {

    static final String DECOMPOSED = "cafe\u0301 au lait, merci";
    static final String COMPOSED = "caf\u00e9 au lait, merci";

    final PasswordEncoder plain = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final PasswordEncoder encoder = new NormalizingPasswordEncoder(plain);

    @Test
    void thePasswordSignsInWhicheverWayTheAccentWasTyped() {
        String hash = encoder.encode(DECOMPOSED);

        assertThat(plain.matches(COMPOSED, hash))
                .as("stored in the normalised form")
                .isTrue();
        assertThat(encoder.matches(COMPOSED, hash)).isTrue();
        assertThat(encoder.matches(DECOMPOSED, hash)).isTrue();
        assertThat(encoder.matches("cafe au lait, merci", hash)).isFalse();
    }

    @Test
    void aPasswordHashedAsTypedBeforeNormalisationStillSignsIn() {
        String legacyHash = plain.encode(DECOMPOSED);

        assertThat(encoder.matches(DECOMPOSED, legacyHash)).isTrue();
        assertThat(encoder.matches("a different password", legacyHash)).isFalse();
    }
}
