package org.outreachtracker.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.outreachtracker.tasking.TaskingDayChange;
import org.outreachtracker.tasking.TaskingState;

/**
 * A campaign's progress against its report-by date, day by day: how many countries had been reached
 * (first live meeting), how many posts had delivered the points (delivered or reported since) and
 * how many had reported, at the end of each day.
 */
public record CumulativeCoverage(LocalDate reportBy, List<Day> days) {

    /** The figures at the end of one day. */
    public record Day(LocalDate day, long reached, long delivered, long reported) {}

    /**
     * Builds the series from {@code from} to {@code to} inclusive.
     *
     * @param firstLiveMeetings the date of each country's first live meeting
     * @param changes the taskings' per-day state changes
     */
    public static CumulativeCoverage of(
            LocalDate from,
            LocalDate to,
            LocalDate reportBy,
            Collection<LocalDate> firstLiveMeetings,
            Collection<TaskingDayChange> changes) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The last day must not be before the first day.");
        }
        TreeMap<LocalDate, Long> reachedOn = new TreeMap<>();
        firstLiveMeetings.forEach(day -> reachedOn.merge(day, 1L, Long::sum));
        TreeMap<LocalDate, Map<TaskingState, Long>> netOn = new TreeMap<>();
        for (TaskingDayChange change : changes) {
            netOn.computeIfAbsent(change.day(), d -> new EnumMap<>(TaskingState.class))
                    .merge(change.state(), change.entered() - change.left(), Long::sum);
        }
        long reached = sumBefore(reachedOn, from);
        Map<TaskingState, Long> inState = new EnumMap<>(TaskingState.class);
        netOn.headMap(from).values().forEach(net -> addAll(inState, net));
        List<Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            reached += reachedOn.getOrDefault(day, 0L);
            addAll(inState, netOn.getOrDefault(day, Map.of()));
            long reported = inState.getOrDefault(TaskingState.REPORTED, 0L);
            long delivered = inState.getOrDefault(TaskingState.DELIVERED, 0L) + reported;
            days.add(new Day(day, reached, delivered, reported));
        }
        return new CumulativeCoverage(reportBy, List.copyOf(days));
    }

    private static long sumBefore(TreeMap<LocalDate, Long> counts, LocalDate day) {
        return counts.headMap(day).values().stream().mapToLong(Long::longValue).sum();
    }

    private static void addAll(Map<TaskingState, Long> into, Map<TaskingState, Long> net) {
        net.forEach((state, count) -> into.merge(state, count, Long::sum));
    }
}
