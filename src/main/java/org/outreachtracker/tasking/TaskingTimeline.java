package org.outreachtracker.tasking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cumulative view of a campaign's per-day tasking history: for each day on which something
 * changed, how many taskings were in each state at the end of that day.
 */
public record TaskingTimeline(List<Day> days) {

    /** The counts per state at the end of one day. */
    public record Day(LocalDate day, Map<TaskingState, Long> inState) {

        public Day {
            inState = Collections.unmodifiableMap(new EnumMap<>(inState));
        }

        public long count(TaskingState state) {
            return inState.getOrDefault(state, 0L);
        }

        /** Delivered so far: delivered, or delivered and since reported. */
        public long deliveredOrLater() {
            return count(TaskingState.DELIVERED) + count(TaskingState.REPORTED);
        }
    }

    public TaskingTimeline {
        days = List.copyOf(days);
    }

    /** Sums the per-day changes, in date order. */
    public static TaskingTimeline of(List<TaskingDayChange> changes) {
        Map<LocalDate, List<TaskingDayChange>> byDay = new TreeMap<>();
        for (TaskingDayChange change : changes) {
            byDay.computeIfAbsent(change.day(), d -> new ArrayList<>()).add(change);
        }
        Map<TaskingState, Long> running = new EnumMap<>(TaskingState.class);
        for (TaskingState state : TaskingState.values()) {
            running.put(state, 0L);
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, dayChanges) -> {
            for (TaskingDayChange change : dayChanges) {
                running.merge(change.state(), change.entered() - change.left(), Long::sum);
            }
            days.add(new Day(day, running));
        });
        return new TaskingTimeline(days);
    }
}
