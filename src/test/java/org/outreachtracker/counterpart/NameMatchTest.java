package org.outreachtracker.counterpart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spellings of one name meet under one key, in any script; different names do not. */
class NameMatchTest {

    @Test
    void accentsCaseSpacingPunctuationAndOrderDoNotMatter() {
        assertThat(NameMatch.key("Jürgen  Müller")).isEqualTo(NameMatch.key("muller, jurgen"));
        assertThat(NameMatch.key("SATO Haruka")).isEqualTo(NameMatch.key("Haruka Sato"));
        assertThat(NameMatch.key("Zoë O'Neill")).isEqualTo(NameMatch.key("Zoe ONeill"));
        assertThat(NameMatch.key("Haruka Sato")).isEqualTo("haruka sato");
    }

    @Test
    void namesInOtherScriptsMeetTheirLatinSpelling() {
        assertThat(NameMatch.key("王伟")).isEqualTo(NameMatch.key("Wáng Wěi")).isEqualTo("wang wei");
        assertThat(NameMatch.key("Сергей Иванов")).isEqualTo(NameMatch.key("Sergej Ivanov"));
        assertThat(NameMatch.key("محمد علي"))
                .isEqualTo(NameMatch.key("محمد  علي"))
                .isNotEmpty();
    }

    @Test
    void differentNamesAndInvisibleCharacters() {
        assertThat(NameMatch.key("Haruka Sato")).isNotEqualTo(NameMatch.key("Haruki Sato"));
        assertThat(NameMatch.key("Haruka\u200B Sato")).isEqualTo(NameMatch.key("Haruka Sato"));
        assertThat(NameMatch.key("  ")).isEmpty();
        assertThat(NameMatch.key("—")).isEmpty();
        assertThat(NameMatch.key("x".repeat(300))).hasSize(NameMatch.KEY_LENGTH);
    }
}
