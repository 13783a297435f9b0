package org.outreachtracker.meeting;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outreachtracker.base.CountedRows;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live meetings per meeting date ({@code meeting_day_count}, V24), and per campaign, date and
 * overall response ({@code meeting_campaign_day_count}, V164): where a page of the meetings list in
 * date order starts, and how many meetings the list holds, read from a few thousand rows instead
 * of by stepping over the meetings before the page. They answer for the list unfiltered, or
 * filtered by dates, a campaign and a response only ({@link MeetingQueries}). Kept from the
 * {@link MeetingChanged} events that {@link MeetingService} publishes in the transaction that logs,
 * re-dates, deletes or restores a meeting, so they are exactly the live meetings that this
 * transaction sees.
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

    /** How {@code meeting_campaign_day_count} records a meeting without an overall response. */
    static final String PENDING = "PENDING";

    /** A row of {@code meeting_campaign_day_count}; the response is {@link #PENDING} for none. */
    record CampaignDay(long campaignId, LocalDate date, String response) {

        static CampaignDay of(MeetingFacts facts) {
            return new CampaignDay(
                    facts.campaignId(),
                    facts.date(),
                    facts.overallResponse() == null
                            ? PENDING
                            : facts.overallResponse().name());
        }
    }

    private static final Comparator<CampaignDay> BY_KEY = Comparator.comparingLong(CampaignDay::campaignId)
            .thenComparing(CampaignDay::date)
            .thenComparing(CampaignDay::response);

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
        campaignDayChanges(change.before(), change.after())
                .forEach((key, delta) -> CountedRows.add(
                        jdbc,
                        "meeting_campaign_day_count",
                        Map.of(
                                "campaign_id", key.campaignId(),
                                "meeting_date", key.date(),
                                "overall_response", key.response()),
                        delta));
    }

    /**
     * What a change adds to each row of {@code meeting_campaign_day_count}, in key order (so that
     * two meetings changed at once take the rows in the same order). A meeting that keeps its
     * campaign, date and response changes nothing.
     */
    static Map<CampaignDay, Integer> campaignDayChanges(MeetingFacts before, MeetingFacts after) {
        return CountedRows.changes(before, after, facts -> List.of(CampaignDay.of(facts)), BY_KEY);
    }

    /**
     * A live meeting now counts on {@code to} instead of {@code from}; {@code from} is null for a
     * meeting logged or restored, {@code to} for one deleted.
     */
    void moved(LocalDate from, LocalDate to) {
        // In date order, so two meetings moved between the same two days at once never wait for
        // each other's day; a meeting that keeps its date changes nothing.
        CountedRows.changes(from, to, List::of, Comparator.<LocalDate>naturalOrder())
                .forEach(this::add);
    }

    /**
     * How many live meetings the list holds with this filter, which sets no more than dates, a
     * campaign and, with a campaign, a response or "pending only" ({@link MeetingQueries}).
     */
    long count(MeetingFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        return jdbc.sql("select coalesce(sum(meetings), 0) from " + table(filter) + where(filter, parameters))
                .params(parameters)
                .query(Long.class)
                .single();
    }

    /**
     * Where the page at {@code offset} of the list of live meetings with this filter (as for
     * {@link #count}) starts, in date order (newest first or oldest first); empty when the list is
     * not that long.
     */
    Optional<Start> start(long offset, boolean newestFirst, MeetingFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        // A campaign's responses are added up per day in the database: the primary key is in
        // campaign and date order, so the rows come grouped.
        String days = filter.campaignId() == null
                ? "select meeting_date, meetings from meeting_day_count" + where
                : "select meeting_date, sum(meetings) from meeting_campaign_day_count" + where
                        + " group by meeting_date";
        // The days in list order, summed here until the total passes the offset: a few thousand
        // rows read in key order cost H2 less than the same sum as a window function (measured in
        // docs/performance.md).
        return jdbc.sql(days + " order by meeting_date" + (newestFirst ? " desc" : " asc"))
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

    private static String table(MeetingFilter filter) {
        return filter.campaignId() == null ? "meeting_day_count" : "meeting_campaign_day_count";
    }

    /** The filter's dates, campaign and response as conditions on the table of counts it reads. */
    private static String where(MeetingFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.campaignId() != null) {
            conditions.add("campaign_id = :campaignId");
            parameters.put("campaignId", filter.campaignId());
            if (filter.response() != null || filter.pendingOnly()) {
                conditions.add("overall_response = :response");
                parameters.put(
                        "response",
                        filter.response() != null ? filter.response().name() : PENDING);
            }
        } else if (filter.response() != null || filter.pendingOnly()) {
            throw new IllegalArgumentException("The days are counted per response within a campaign only");
        }
        if (filter.from() != null) {
            conditions.add("meeting_date >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("meeting_date <= :to");
            parameters.put("to", filter.to());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private void add(LocalDate day, int delta) {
        CountedRows.add(jdbc, "meeting_day_count", Map.of("meeting_date", day), delta);
    }
}
