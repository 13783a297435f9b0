package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The password rules, with the default settings and with a longer minimum: what a person choosing a
 * password is told, for passwords that are weak although long enough.
 */
class PasswordPolicyTest {

    static SecurityProperties withMinLength(int minLength) {
        return new SecurityProperties(
                null,
                null,
                new SecurityProperties.Lockout(3, java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(30)),
                new SecurityProperties.Passwords(
                        minLength, java.util.List.of("ministry", "foreign affairs", "embassy")),
                new SecurityProperties.Session(java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(1)),
                new SecurityProperties.Mfa("", true, false, "Outreach Tracker"));
    }

    final PasswordPolicy policy = new PasswordPolicy(withMinLength(12));

    @Test
    void aLongUncommonPasswordWithoutTheUsernameIsAccepted() {
        assertThat(policy.check("carla", "violet kettle harbour")).isEmpty();
        assertThat(policy.check("carla", "7 violet kettles")).isEmpty();
        assertThat(policy.check("carla", "12characters"))
                .as("a common word with digits added")
                .isNotEmpty();
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
        assertThat(policy.check("carla", "x".repeat(65)))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Use at most 64"));
        assertThat(policy.check("carla", "é".repeat(40)))
                .as("40 characters, 80 bytes")
                .hasValueSatisfying(m -> assertThat(m).startsWith("Use at most 64"));
    }

    @Test
    void containingTheUsernameInAnyCase() {
        assertThat(policy.check("carla", "my name is CARLA ok"))
                .contains("The password must not contain the username.");
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
            var lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> line.length() >= 12)
                    .toList();
            assertThat(lines).hasSizeGreaterThan(10_000);
            assertThat(lines)
                    .allSatisfy(line ->
                            assertThat(policy.check("", line.toUpperCase())).isNotEmpty());
        }
    }

    @Test
    void spacesAloneAreNotAPassword() {
        assertThat(policy.check("carla", " ".repeat(12)))
                .contains("A password cannot be only spaces. Use letters, digits or symbols.");
        assertThat(policy.check("carla", "\u00a0".repeat(12)))
                .as("no-break spaces are spaces once normalised")
                .contains("A password cannot be only spaces. Use letters, digits or symbols.");
        assertThat(policy.check("carla", "\u3000".repeat(12)))
                .as("ideographic spaces")
                .contains("A password cannot be only spaces. Use letters, digits or symbols.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b", "\u200d", "\ufeff", "\t", "\n", "\u2028", "\ufe0f", "\u3164", "\ue000"})
    void invisibleCharactersAreRefusedAloneAndInsideAnOtherwiseGoodPassword(String invisible) {
        String message = "The password contains an invisible character (such as a tab, a line break or a zero-width"
                + " space). Use letters, digits, symbols and ordinary spaces only.";
        assertThat(policy.check("carla", invisible.repeat(12))).contains(message);
        assertThat(policy.check("carla", "violet" + invisible + "kettle harbour"))
                .contains(message);
    }

    @Test
    void repeatedCharactersAreRefused() {
        assertThat(policy.check("carla", "aaaaaaaaaaaaaa"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Use at least 5 different characters"));
        assertThat(policy.check("carla", "abababababab"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Use at least 5 different characters"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "outreach2026",
                "Outreach2026!",
                "0utr3ach-2026",
                "my outreach tracker",
                "TRACKER-tracker-1",
                "ministry2026!!",
                "Foreign Affairs 2026",
                "foreignaffairs1",
                "our-embassy-password"
            })
    void theProductsAndTheOrganisationsNamesAreRefused(String password) {
        assertThat(policy.check("carla", password))
                .hasValueSatisfying(m -> assertThat(m)
                        .startsWith("The password must not contain the name of this system or of the organisation"));
    }

    @Test
    void theOrganisationsWordsAreASetting() {
        var withOwnWords = new PasswordPolicy(new SecurityProperties(
                null,
                null,
                withMinLength(12).lockout(),
                new SecurityProperties.Passwords(12, java.util.List.of("Quai d'Orsay")),
                withMinLength(12).session(),
                withMinLength(12).mfa()));
        assertThat(withOwnWords.check("carla", "quaidorsay-2026"))
                .hasValueSatisfying(m -> assertThat(m).contains("('quaidorsay')"));
        assertThat(withOwnWords.check("carla", "ministry of silly walks"))
                .as("not a configured word")
                .isEmpty();
        assertThat(withOwnWords.check("carla", "outreach is fun"))
                .as("the product's name always counts")
                .isNotEmpty();
    }

    @Test
    void theUsersOwnNameIsRefusedAsWritten() {
        assertThat(policy.check("carla", "Carla Mendes", "mendes-family-1975"))
                .contains("The password must not contain your name.");
        assertThat(policy.check("carla", "Carla Mendes", "c@rla likes tea"))
                .as("written with look-alikes")
                .contains("The password must not contain the username.");
        assertThat(policy.check("cm", "Carla Mendes", "violet kettle harbour")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Password2026!",
                "password2026",
                "Password123456",
                "P@ssw0rd2026!",
                "2026!password",
                "letmein12345",
                "dragon2026!!",
                "Qwerty-2026-!",
                "sunshine 2026",
                "Monkey1234567"
            })
    void commonPasswordsWithDigitsOrSymbolsAddedAreRefused(String password) {
        assertThat(policy.check("carla", password))
                .hasValueSatisfying(m -> assertThat(m)
                        .containsAnyOf(
                                "too common", "common password with digits, symbols or look-alike characters added"));
    }

    @Test
    void aPasswordIsCheckedInItsNormalisedForm() {
        String fullWidth = "\uff30\uff41\uff53\uff53\uff57\uff4f\uff52\uff44\uff12\uff10\uff12\uff16";
        assertThat(PasswordPolicy.normalize(fullWidth)).isEqualTo("Password2026");
        assertThat(policy.check("carla", fullWidth))
                .as("full-width letters are ordinary letters")
                .isNotEmpty();
        assertThat(PasswordPolicy.normalize("cafe\u0301 au lait")).isEqualTo("caf\u00e9 au lait");
        assertThat(policy.check("carla", "cafe\u0301 au lait, merci")).isEmpty();
    }
}
