package org.outreachtracker.tasking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cumulative per-day counts a chart of delivered and reported posts draws. */
class TaskingTimelineTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    @Test
    void sumsEachDaysEntriesAndExitsIntoTheCountsAtTheEndOfThatDay() {
        TaskingTimeline timeline = TaskingTimeline.of(List.of(
                new TaskingDayChange(MAY_1, TaskingState.INSTRUCTED, 3, 0),
                new TaskingDayChange(MAY_1.plusDays(2), TaskingState.INSTRUCTED, 0, 2),
                new TaskingDayChange(MAY_1.plusDays(2), TaskingState.DELIVERED, 2, 0),
                new TaskingDayChange(MAY_1.plusDays(5), TaskingState.DELIVERED, 0, 1),
                new TaskingDayChange(MAY_1.plusDays(5), TaskingState.REPORTED, 1, 0)));

        assertThat(timeline.days())
                .extracting(TaskingTimeline.Day::day)
                .containsExactly(MAY_1, MAY_1.plusDays(2), MAY_1.plusDays(5));
        TaskingTimeline.Day first = timeline.days().get(0);
        assertThat(first.count(TaskingState.INSTRUCTED)).isEqualTo(3);
        assertThat(first.deliveredOrLater()).isZero();
        TaskingTimeline.Day third = timeline.days().get(1);
        assertThat(third.count(TaskingState.INSTRUCTED)).isEqualTo(1);
        assertThat(third.deliveredOrLater()).isEqualTo(2);
        TaskingTimeline.Day sixth = timeline.days().get(2);
        assertThat(sixth.count(TaskingState.DELIVERED)).isEqualTo(1);
        assertThat(sixth.count(TaskingState.REPORTED)).isEqualTo(1);
        assertThat(sixth.deliveredOrLater()).isEqualTo(2);
    }

    @Test
    void noHistoryHasNoDays() {
        assertThat(TaskingTimeline.of(List.of()).days()).isEmpty();
    }
}
