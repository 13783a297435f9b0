package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Which key protects authenticator secrets: the operator's; in demo mode without one, the
 * published demo key; and never the demo key outside demo mode.
 */
class SecondFactorKeyTest {

    static final String OWN_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void withoutAKeyNobodyCanEnrolExceptInDemoMode() {
        assertThat(cipher("", false).available()).isFalse();
        assertThat(cipher("", true).available()).isTrue();
    }

    @Test
    void theDemoKeyIsRefusedAtStartOutsideDemoMode() {
        assertThatThrownBy(() -> cipher(SecondFactorKey.DEMO_KEY, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("published demo key");
        assertThat(cipher(SecondFactorKey.DEMO_KEY, true).available()).isTrue();
    }

    @Test
    void theOperatorsKeyIsUsedInDemoModeToo() {
        byte[] secret = "12345678901234567890".getBytes();
        String stored = cipher(OWN_KEY, true).encrypt(1, secret);

        assertThat(cipher(OWN_KEY, false).decrypt(1, stored)).isEqualTo(secret);
        assertThatThrownBy(() -> cipher("", true).decrypt(1, stored))
                .as("not the demo key")
                .isInstanceOf(SecretCipher.UnreadableSecretException.class);
    }

    @Test
    void theKeyNeverAppearsInTheSettingsText() {
        var settings = settings(OWN_KEY);

        assertThat(settings.mfa().toString()).doesNotContain(OWN_KEY).contains("key=(set)");
        assertThat(settings.toString()).doesNotContain(OWN_KEY);
    }

    private static SecretCipher cipher(String key, boolean demo) {
        return new SecondFactorKey().secretCipher(settings(key), demo);
    }

    private static SecurityProperties settings(String key) {
        return new Binder(new MapConfigurationPropertySource(Map.of("outreach.security.mfa.key", key)))
                .bindOrCreate("outreach.security", SecurityProperties.class);
    }
}
