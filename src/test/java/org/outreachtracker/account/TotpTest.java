package org.outreachtracker.account;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One-time codes as RFC 6238 defines them, and which codes sign-in accepts. */
class TotpTest {

    static final byte[] SHA1_SEED = "12345678901234567890".getBytes(US_ASCII);
    static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(US_ASCII);
    static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(US_ASCII);

    /** RFC 6238, Appendix B: every test vector, for all three algorithms, 8 digits. */
    @ParameterizedTest
    @CsvSource({
        "59,          94287082, 46119246, 90693936",
        "1111111109,  07081804, 68084774, 25091201",
        "1111111111,  14050471, 67062674, 99943326",
        "1234567890,  89005924, 91819424, 93441116",
        "2000000000,  69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void theRfcTestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));

        assertThat(Totp.hotp("HmacSHA1", SHA1_SEED, step, 8)).isEqualTo(sha1);
        assertThat(Totp.hotp("HmacSHA256", SHA256_SEED, step, 8)).isEqualTo(sha256);
        assertThat(Totp.hotp("HmacSHA512", SHA512_SEED, step, 8)).isEqualTo(sha512);
        // What an authenticator app shows: the same value, 6 digits.
        assertThat(Totp.code(SHA1_SEED, step)).isEqualTo(sha1.substring(2));
    }

    @Test
    void aStepIsThirtySeconds() {
        assertThat(Totp.step(Instant.ofEpochSecond(0))).isZero();
        assertThat(Totp.step(Instant.ofEpochSecond(29))).isZero();
        assertThat(Totp.step(Instant.ofEpochSecond(30))).isEqualTo(1);
        assertThat(Totp.step(Instant.ofEpochSecond(59))).isEqualTo(1);
        // RFC 6238 Appendix B: T = 0x00000000023523EC at 1111111109.
        assertThat(Totp.step(Instant.ofEpochSecond(1111111109))).isEqualTo(0x23523ECL);
    }

    @Test
    void theCurrentCodeAndTheCodesOfOneStepEitherSideAreAccepted() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step), now, -1))
                .hasValue(step);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, -1))
                .as("a phone 30 seconds behind")
                .hasValue(step - 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, -1))
                .as("a phone 30 seconds ahead")
                .hasValue(step + 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now, -1))
                .as("a minute old")
                .isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now, -1))
                .as("a minute ahead")
                .isEmpty();
    }

    @Test
    void aCodeOnceUsedIsRefusedAndSoIsAnyEarlierOne() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = Totp.step(now);
        String code = Totp.code(SHA1_SEED, step);

        assertThat(Totp.matchingStep(SHA1_SEED, code, now, step)).as("replayed").isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, step))
                .as("the step before the one used")
                .isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, step))
                .as("the next step is still new")
                .hasValue(step + 1);
    }

    @Test
    void wrongAndMalformedCodesAreRefusedAndSpacesAreIgnored() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        String code = Totp.code(SHA1_SEED, Totp.step(now));
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);

        assertThat(Totp.matchingStep(SHA1_SEED, wrong, now, -1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, code.substring(1), now, -1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, code + "0", now, -1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "", now, -1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, null, now, -1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "abcdef", now, -1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, code.substring(0, 3) + " " + code.substring(3), now, -1))
                .isPresent();
    }

    @Test
    void anotherSecretGivesOtherCodes() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        byte[] other = "09876543210987654321".getBytes(US_ASCII);

        assertThat(Totp.matchingStep(other, Totp.code(SHA1_SEED, Totp.step(now)), now, -1))
                .isEmpty();
    }
}
