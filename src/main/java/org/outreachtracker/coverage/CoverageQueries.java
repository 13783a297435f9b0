package org.outreachtracker.coverage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The aggregates coverage is built from: one SQL query each, grouped by country, over all
 * countries of a campaign at once. They read the meeting and follow-up tables.
 */
@Component
class CoverageQueries {

    record MeetingAggregate(int meetings, LocalDate lastMeetingDate) {
    }

    record FollowUpAggregate(int open, int overdue) {
    }

    private final JdbcClient jdbc;

    CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per country: how many meetings, and the date of the last one. */
    Map<Long, MeetingAggregate> meetings(long campaignId, CoverageFilter filter) {
        Map<Long, MeetingAggregate> result = new HashMap<>();
        jdbc.sql("""
                        select m.country_id, count(*), max(m.meeting_date)
                        from meeting m
                        where m.campaign_id = :campaignId and m.deleted_at is null
                          and m.meeting_date >= :from and m.meeting_date <= :to
                        group by m.country_id
                        """)
                .param("campaignId", campaignId).param("from", from(filter)).param("to", to(filter))
                .query(rs -> {
                    result.put(rs.getLong(1), new MeetingAggregate(rs.getInt(2), rs.getObject(3, LocalDate.class)));
                });
        return result;
    }

    /**
     * Per country: the overall response of the latest meeting that recorded one (latest by
     * meeting date; on the same date, the one logged last).
     */
    Map<Long, String> latestResponses(long campaignId, CoverageFilter filter) {
        Map<Long, String> result = new HashMap<>();
        jdbc.sql("""
                        select country_id, overall_response from (
                            select m.country_id, m.overall_response,
                                   row_number() over (partition by m.country_id
                                                      order by m.meeting_date desc, m.id desc) as rank_in_country
                            from meeting m
                            where m.campaign_id = :campaignId and m.deleted_at is null
                              and m.overall_response is not null
                              and m.meeting_date >= :from and m.meeting_date <= :to
                        ) ranked
                        where rank_in_country = 1
                        """)
                .param("campaignId", campaignId).param("from", from(filter)).param("to", to(filter))
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getString(2));
                });
        return result;
    }

    /** Per country: outstanding follow-ups of the campaign, and how many are overdue. */
    Map<Long, FollowUpAggregate> followUps(long campaignId, LocalDate today) {
        Map<Long, FollowUpAggregate> result = new HashMap<>();
        jdbc.sql("""
                        select f.country_id, count(*),
                               sum(case when f.due_date < :today then 1 else 0 end)
                        from follow_up f
                        where f.campaign_id = :campaignId and f.status in ('OPEN', 'IN_PROGRESS')
                        group by f.country_id
                        """)
                .param("campaignId", campaignId).param("today", today)
                .query(rs -> {
                    result.put(rs.getLong(1), new FollowUpAggregate(rs.getInt(2), rs.getInt(3)));
                });
        return result;
    }

    /** Meetings per meeting date. */
    Map<LocalDate, Long> meetingsByDate(long campaignId) {
        Map<LocalDate, Long> result = new HashMap<>();
        jdbc.sql("""
                        select m.meeting_date, count(*) from meeting m
                        where m.campaign_id = :campaignId and m.deleted_at is null
                        group by m.meeting_date
                        """)
                .param("campaignId", campaignId)
                .query(rs -> {
                    result.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                });
        return result;
    }

    /** Meetings per overall response (the key is null for "pending"). */
    Map<String, Long> responses(long campaignId) {
        Map<String, Long> result = new HashMap<>();
        jdbc.sql("""
                        select m.overall_response, count(*) from meeting m
                        where m.campaign_id = :campaignId and m.deleted_at is null
                        group by m.overall_response
                        """)
                .param("campaignId", campaignId)
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /** How often each reaction was recorded for each talking point: point id → reaction → count. */
    Map<Long, Map<String, Long>> reactions(long campaignId) {
        Map<Long, Map<String, Long>> result = new HashMap<>();
        jdbc.sql("""
                        select mp.talking_point_id, mp.reaction, count(*)
                        from meeting_point mp join meeting m on m.id = mp.meeting_id
                        where m.campaign_id = :campaignId and m.deleted_at is null
                        group by mp.talking_point_id, mp.reaction
                        """)
                .param("campaignId", campaignId)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return result;
    }

    private static LocalDate from(CoverageFilter filter) {
        return filter.from() == null ? LocalDate.of(1900, 1, 1) : filter.from();
    }

    private static LocalDate to(CoverageFilter filter) {
        return filter.to() == null ? LocalDate.of(9999, 12, 31) : filter.to();
    }
}
