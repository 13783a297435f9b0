package org.outreachtracker.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exported cells that a spreadsheet would run as a formula are neutralised, and read back as they were. */
class CellSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|'/c calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"})
    void cellsAFormulaCouldStartWithGetALeadingApostrophe(String value) {
        assertThat(CellSafety.neutralise(value)).isEqualTo("'" + value);
        assertThat(CellSafety.restore(CellSafety.neutralise(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ministry of Foreign Affairs", "北京", "Αθήνα", "Zürich", "'quoted", "a=b", ""})
    void ordinaryTextIsLeftAsItIs(String value) {
        assertThat(CellSafety.neutralise(value)).isEqualTo(value);
        assertThat(CellSafety.restore(value)).isEqualTo(value);
    }

    @Test
    void anApostropheBeforeOrdinaryTextIsKept() {
        assertThat(CellSafety.restore("'Tis")).isEqualTo("'Tis");
        assertThat(CellSafety.neutralise(null)).isNull();
    }
}
