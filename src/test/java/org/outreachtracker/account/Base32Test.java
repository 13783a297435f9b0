package org.outreachtracker.account;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Base32 as RFC 4648 section 10 gives it (without the padding, which authenticator apps do not want). */
class Base32Test {

    @ParameterizedTest
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void theRfcTestVectors(String text, String encoded) {
        assertThat(Base32.encode(text.getBytes(US_ASCII))).isEqualTo(encoded);
    }

    @org.junit.jupiter.api.Test
    void aTwentyByteSecretIsThirtyTwoCharactersShownInGroupsOfFour() {
        String encoded = Base32.encode("12345678901234567890".getBytes(US_ASCII));

        assertThat(encoded).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.grouped(encoded)).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
    }
}
