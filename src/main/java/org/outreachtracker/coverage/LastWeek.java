package org.outreachtracker.coverage;

import java.time.Clock;
import java.time.LocalDate;
import org.outreachtracker.tasking.TaskingState;

/**
 * The seven days before today, as "what changed since last week" on the dashboard counts them: from
 * seven days ago up to and including yesterday.
 */
public record LastWeek(LocalDate first, LocalDate last) {

    /** The week ending yesterday, by the given clock. */
    public static LastWeek endingYesterday(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return new LastWeek(today.minusDays(7), today.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /**
     * Whether a tasking lapsed in this week: its report-by date passed during the week and the post
     * has neither reported nor been waived.
     */
    public boolean lapsedIn(LocalDate reportBy, TaskingState state) {
        return reportBy != null && contains(reportBy) && state.isOutstanding();
    }
}
