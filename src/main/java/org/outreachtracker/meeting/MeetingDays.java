package org.outreachtracker.meeting;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.outreachtracker.base.CountedRows;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live meetings per meeting date ({@code meeting_day_count}, V24): where a page of the meetings
 * list in date order starts, and how many meetings a range of dates holds, read from a few
 * thousand rows instead of by stepping over the meetings before the page. Kept from the
 * {@link MeetingChanged} events that {@link MeetingService} publishes in the transaction that logs,
 * re-dates, deletes or restores a meeting, so they are exactly the live meetings of each date that
 * this transaction sees.
 */
@Component
class MeetingDays {

    /**
     * Where this listener runs among the listeners to {@link MeetingChanged} that keep counts:
     * first. Every transaction changes the tables of counts in the same order, so two meetings
     * changed at once never wait for each other in a circle.
     */
    static final int ORDER = 0;

    /**
     * Where a page starts: the date of its first meeting, and how many meetings of the list come
     * before that date.
     */
    record Start(LocalDate day, long before) {}

    private final JdbcClient jdbc;

    MeetingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(ORDER)
    void on(MeetingChanged change) {
        moved(
                change.before() == null ? null : change.before().date(),
                change.after() == null ? null : change.after().date());
    }

    /**
     * A live meeting now counts on {@code to} instead of {@code from}; {@code from} is null for a
     * meeting logged or restored, {@code to} for one deleted.
     */
    void moved(LocalDate from, LocalDate to) {
        if (Objects.equals(from, to)) {
            return;
        }
        // The days are changed in date order, so two meetings moved between the same two days at
        // once never wait for each other's day.
        Map<LocalDate, Integer> changes = new TreeMap<>();
        if (from != null) {
            changes.put(from, -1);
        }
        if (to != null) {
            changes.put(to, 1);
        }
        changes.forEach(this::add);
    }

    /** How many live meetings fall between the dates (either may be null: open-ended). */
    long count(LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new HashMap<>();
        return jdbc.sql("select coalesce(sum(meetings), 0) from meeting_day_count" + range(from, to, parameters))
                .params(parameters)
                .query(Long.class)
                .single();
    }

    /**
     * Where the page at {@code offset} of the list of live meetings between the dates starts, in
     * date order (newest first or oldest first); empty when the list is not that long.
     */
    Optional<Start> start(long offset, boolean newestFirst, LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new HashMap<>();
        // The days in list order, summed here until the total passes the offset: a few thousand
        // rows read in key order cost H2 less than the same sum as a window function (measured in
        // docs/performance.md).
        return jdbc.sql("select meeting_date, meetings from meeting_day_count" + range(from, to, parameters)
                        + " order by meeting_date" + (newestFirst ? " desc" : " asc"))
                .params(parameters)
                .query((ResultSet rs) -> {
                    long before = 0;
                    while (rs.next()) {
                        long meetings = rs.getLong(2);
                        if (before + meetings > offset) {
                            return Optional.of(new Start(rs.getObject(1, LocalDate.class), before));
                        }
                        before += meetings;
                    }
                    return Optional.<Start>empty();
                });
    }

    private static String range(LocalDate from, LocalDate to, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (from != null) {
            conditions.add("meeting_date >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            conditions.add("meeting_date <= :to");
            parameters.put("to", to);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private void add(LocalDate day, int delta) {
        CountedRows.add(jdbc, "meeting_day_count", Map.of("meeting_date", day), delta);
    }
}
