package org.outreachtracker.counterpart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which position a counterpart held on a day. */
class CounterpartPositionsTest {

    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    final CounterpartPositions positions = new CounterpartPositions(
            7,
            List.of(
                    new PositionHeld("Minister", "Ministry of Digital Affairs", JUNE_1, null),
                    new PositionHeld("Deputy Minister", "Ministry of Digital Affairs", MARCH_1, JUNE_1.minusDays(1)),
                    new PositionHeld("Director", "Cabinet Office", null, MARCH_1.minusDays(1))));

    @Test
    void eachDayFallsInTheRightPosition() {
        assertThat(positions.on(JUNE_1).title()).isEqualTo("Minister");
        assertThat(positions.on(LocalDate.of(2026, 12, 1)).title()).isEqualTo("Minister");
        assertThat(positions.on(JUNE_1.minusDays(1)).title()).isEqualTo("Deputy Minister");
        assertThat(positions.on(MARCH_1).title()).isEqualTo("Deputy Minister");
        assertThat(positions.on(MARCH_1.minusDays(1)).title()).isEqualTo("Director");
        assertThat(positions.on(LocalDate.of(2020, 1, 1)).describe()).isEqualTo("Director, Cabinet Office");
        assertThat(positions.current().current()).isTrue();
        assertThat(positions.changed()).isTrue();
    }

    @Test
    void aDayBeforeEveryKnownPositionGivesTheEarliest() {
        var dated = new CounterpartPositions(
                7,
                List.of(
                        new PositionHeld("Minister", "Ministry", JUNE_1, null),
                        new PositionHeld("Adviser", "Ministry", MARCH_1, JUNE_1.minusDays(1))));

        assertThat(dated.on(LocalDate.of(2025, 1, 1)).title()).isEqualTo("Adviser");
    }

    @Test
    void aCounterpartWhoNeverMovedHoldsTheirPositionOnEveryDay() {
        var unchanged = new CounterpartPositions(7, List.of(new PositionHeld("Ambassador", "Embassy", null, null)));

        assertThat(unchanged.on(LocalDate.of(1999, 1, 1)).title()).isEqualTo("Ambassador");
        assertThat(unchanged.changed()).isFalse();
    }
}
