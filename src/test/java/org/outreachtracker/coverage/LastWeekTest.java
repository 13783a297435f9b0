package org.outreachtracker.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.outreachtracker.tasking.TaskingState;

class LastWeekTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
    private final LastWeek week = LastWeek.endingYesterday(clock);

    @Test
    void runsFromSevenDaysAgoToYesterday() {
        assertThat(week.first()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(week.last()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aPostLapsedWhenItsReportByDatePassedThisWeekWithoutAReport() {
        assertThat(week.lapsedIn(LocalDate.of(2026, 3, 9), TaskingState.DELIVERED))
                .isTrue();
        assertThat(week.lapsedIn(LocalDate.of(2026, 3, 3), TaskingState.INSTRUCTED))
                .isTrue();
        assertThat(week.lapsedIn(LocalDate.of(2026, 3, 9), TaskingState.REPORTED))
                .isFalse();
        assertThat(week.lapsedIn(LocalDate.of(2026, 3, 9), TaskingState.WAIVED)).isFalse();
        assertThat(week.lapsedIn(LocalDate.of(2026, 3, 10), TaskingState.INSTRUCTED))
                .as("due today has not lapsed yet")
                .isFalse();
        assertThat(week.lapsedIn(LocalDate.of(2026, 3, 2), TaskingState.INSTRUCTED))
                .as("lapsed before the week")
                .isFalse();
        assertThat(week.lapsedIn(null, TaskingState.INSTRUCTED)).isFalse();
    }
}
