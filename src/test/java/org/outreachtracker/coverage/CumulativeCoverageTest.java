package org.outreachtracker.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachtracker.tasking.TaskingDayChange;
import org.outreachtracker.tasking.TaskingState;

class CumulativeCoverageTest {

    private static final LocalDate D1 = LocalDate.of(2026, 3, 1);

    @Test
    void countsReachedDeliveredAndReportedAtTheEndOfEachDay() {
        var changes = List.of(
                new TaskingDayChange(D1.minusDays(1), TaskingState.INSTRUCTED, 3, 0),
                new TaskingDayChange(D1.plusDays(1), TaskingState.INSTRUCTED, 0, 2),
                new TaskingDayChange(D1.plusDays(1), TaskingState.DELIVERED, 2, 0),
                new TaskingDayChange(D1.plusDays(2), TaskingState.DELIVERED, 0, 1),
                new TaskingDayChange(D1.plusDays(2), TaskingState.REPORTED, 1, 0));
        var reached = List.of(D1.minusDays(3), D1.plusDays(1), D1.plusDays(1));

        var series = CumulativeCoverage.of(D1, D1.plusDays(3), D1.plusDays(2), reached, changes);

        assertThat(series.reportBy()).isEqualTo(D1.plusDays(2));
        assertThat(series.days())
                .containsExactly(
                        new CumulativeCoverage.Day(D1, 1, 0, 0),
                        new CumulativeCoverage.Day(D1.plusDays(1), 3, 2, 0),
                        new CumulativeCoverage.Day(D1.plusDays(2), 3, 2, 1),
                        new CumulativeCoverage.Day(D1.plusDays(3), 3, 2, 1));
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> CumulativeCoverage.of(D1, D1.minusDays(1), D1, List.of(), List.of()))
                .hasMessageContaining("last day");
    }
}
