package org.outreachtracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rules, with the default settings and with a longer minimum. */
class PasswordPolicyTest {

    static SecurityProperties withMinLength(int minLength) {
        return new SecurityProperties(null, new SecurityProperties.Lockout(3, java.time.Duration.ofMinutes(15),
                java.time.Duration.ofMinutes(30)), new SecurityProperties.Passwords(minLength),
                new SecurityProperties.Session(java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(1)));
    }

    final PasswordPolicy policy = new PasswordPolicy(withMinLength(12));

    @Test
    void aLongUncommonPasswordWithoutTheUsernameIsAccepted() {
        assertThat(policy.check("carla", "violet kettle harbour")).isEmpty();
        assertThat(policy.check("carla", "12characters")).isEmpty();
    }

    @Test
    void tooShort() {
        assertThat(policy.check("carla", "11-chars-ok")).contains("Use at least 12 characters.");
        assertThat(policy.check("carla", null)).contains("Use at least 12 characters.");
        assertThat(new PasswordPolicy(withMinLength(16)).check("carla", "violet kettle 1"))
                .contains("Use at least 16 characters.");
    }

    @Test
    void tooLongForTheHash() {
        assertThat(policy.check("carla", "x".repeat(65))).hasValueSatisfying(m -> assertThat(m).startsWith("Use at most 64"));
        assertThat(policy.check("carla", "é".repeat(40))).as("40 characters, 80 bytes")
                .hasValueSatisfying(m -> assertThat(m).startsWith("Use at most 64"));
    }

    @Test
    void containingTheUsernameInAnyCase() {
        assertThat(policy.check("carla", "my name is CARLA ok")).contains("The password must not contain the username.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwerty123456", "QWERTY123456", "1qaz2wsx3edc", "Password1234", "iloveyou1234"})
    void commonPasswordsAreRefusedWhateverTheirCase(String common) {
        assertThat(policy.check("carla", common))
                .contains("This password is too common and easy to guess: choose another one.");
    }

    @Test
    void everyListedPasswordLongEnoughToPassTheLengthRuleIsRefused() throws java.io.IOException {
        try (var in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
            var lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> line.length() >= 12).toList();
            assertThat(lines).hasSizeGreaterThan(10_000);
            assertThat(lines).allSatisfy(line -> assertThat(policy.check("", line.toUpperCase())).isNotEmpty());
        }
    }
}
