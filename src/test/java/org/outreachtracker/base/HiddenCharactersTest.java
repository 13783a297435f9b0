package org.outreachtracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Characters that change how text reads without being seen are found, shown as marks, or removed. */
class HiddenCharactersTest {

    @Test
    void bidirectionalControlsBecomeVisibleMarks() {
        String spoofed = "Report_\u202Etxt.exe";
        assertThat(HiddenCharacters.present(spoofed)).isTrue();
        assertThat(HiddenCharacters.reveal(spoofed)).isEqualTo("Report_[U+202E]txt.exe");
        assertThat(HiddenCharacters.remove(spoofed)).isEqualTo("Report_txt.exe");
        for (int control :
                new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C}) {
            assertThat(HiddenCharacters.find("a" + Character.toString(control) + "b"))
                    .as(Integer.toHexString(control))
                    .containsExactly(control);
        }
        assertThat(HiddenCharacters.describe(0x202E)).isEqualTo("right-to-left override (U+202E)");
    }

    @Test
    void zeroWidthAndControlCharactersAreFoundButTabsAndLineBreaksAreNot() {
        assertThat(HiddenCharacters.reveal("Min\u200Bistry\u2060 of\uFEFF\u0007 Finance"))
                .isEqualTo("Min[U+200B]istry[U+2060] of[U+FEFF][U+0007] Finance");
        assertThat(HiddenCharacters.reveal("Hangul filler\u3164 and soft\u00ADhyphen"))
                .isEqualTo("Hangul filler[U+3164] and soft[U+00AD]hyphen");
        assertThat(HiddenCharacters.present("Line one\r\nline two\tand a tab")).isFalse();
        assertThat(HiddenCharacters.present("Łukasz Żółć, 佐藤さくら, محمد الهاشمي, Γιώργος"))
                .isFalse();
        assertThat(HiddenCharacters.reveal(null)).isNull();
    }

    @Test
    void joinersThatJoinStayAndJoinersThatJoinNothingAreMarked() {
        String persian = "می\u200Cخواهم"; // a Persian word written with a non-joiner
        String hindi = "क्\u200Dष"; // a Devanagari conjunct held open with a joiner
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // man, woman, girl: one emoji
        String heart = "\u2764\uFE0F\u200D\uD83D\uDD25"; // heart on fire
        for (String ordinary : new String[] {persian, hindi, family, heart}) {
            assertThat(HiddenCharacters.present(ordinary)).as(ordinary).isFalse();
            assertThat(HiddenCharacters.reveal(ordinary)).isEqualTo(ordinary);
        }
        assertThat(HiddenCharacters.reveal("pa\u200Dss\u200Cword")).isEqualTo("pa[U+200D]ss[U+200C]word");
        assertThat(HiddenCharacters.reveal("\u200Dمحمد \u200Cعلي\u200C")).isEqualTo("[U+200D]محمد [U+200C]علي[U+200C]");
    }

    @Test
    void numberSignsThatPrintAreNotHidden() {
        assertThat(HiddenCharacters.present("\u0600١٢٣")).isFalse();
    }
}
