package org.outreachtracker.coverage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The aggregates coverage is built from: one SQL query each, grouped by country, over all
 * countries of a campaign at once. They read coverage's own tables, kept as meetings change
 * ({@link CoverageCounts}); never another feature's tables (follow-ups come from the follow-up
 * service).
 *
 * <p>Every per-campaign query over meetings reads only the index
 * {@code ix_coverage_meeting_campaign} (campaign, country, date, meeting, response), never table
 * rows, or the counts per campaign and country (figures in docs/performance.md).
 */
@Component
class CoverageQueries {

    record MeetingAggregate(int meetings, LocalDate lastMeetingDate) {}

    /** Meetings of one date with one overall response ({@code null}: pending). */
    record DateResponseCount(LocalDate date, String response, long meetings) {}

    private final JdbcClient jdbc;

    CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per country: how many meetings, and the date of the last one. Without dates, counted from
     * the live meetings per campaign and country ({@code campaign_country_count}, V26), the last
     * date being the first entry of each country in {@code ix_coverage_meeting_campaign}: some 2 ms
     * for the largest campaign at a million meetings against 38 ms for counting its index entries,
     * which a date range still needs.
     */
    Map<Long, MeetingAggregate> meetings(long campaignId, CoverageFilter filter, Set<Long> countries) {
        Map<Long, MeetingAggregate> result = new HashMap<>();
        RowCallbackHandler collect =
                rs -> result.put(rs.getLong(1), new MeetingAggregate(rs.getInt(2), rs.getObject(3, LocalDate.class)));
        if (filter.from() == null && filter.to() == null) {
            jdbc.sql("""
                            select cc.country_id, cc.meetings,
                                   (select m.meeting_date from coverage_meeting m
                                    where m.campaign_id = :campaignId and m.country_id = cc.country_id
                                    order by m.campaign_id, m.country_id, m.meeting_date desc, m.meeting_id desc
                                    fetch first 1 row only)
                            from campaign_country_count cc
                            where cc.campaign_id = :campaignId and cc.meetings > 0""" + andIn("cc.country_id", countries))
                    .param("campaignId", campaignId)
                    .query(collect);
            return result;
        }
        Map<String, Object> parameters = new HashMap<>();
        jdbc.sql("""
                        select m.country_id, count(*), max(m.meeting_date)
                        from coverage_meeting m
                        where m.campaign_id = :campaignId""" + dates(filter, parameters) + andIn("m.country_id", countries) + """

                        group by m.country_id
                        """)
                .param("campaignId", campaignId)
                .params(parameters)
                .query(collect);
        return result;
    }

    /**
     * Per country: the overall response of the latest meeting that recorded one (latest by
     * meeting date; on the same date, the one logged last). For each country with live meetings in
     * the campaign ({@code campaign_country_count}; a country with none has no response), the first
     * such entry of {@code ix_coverage_meeting_campaign}, which within a campaign and country is in
     * the order "latest first": a few index entries per country, not every meeting of the campaign.
     * (Ordering by campaign and country first changes nothing, they are fixed here, but lets H2 see
     * that the index is in that order.)
     */
    Map<Long, String> latestResponses(long campaignId, CoverageFilter filter, Set<Long> countries) {
        Map<Long, String> result = new HashMap<>();
        Map<String, Object> parameters = new HashMap<>();
        jdbc.sql("""
                        select cc.country_id, (select m.overall_response from coverage_meeting m
                                      where m.campaign_id = :campaignId and m.country_id = cc.country_id
                                        and m.overall_response is not null""" + dates(filter, parameters) + """

                                      order by m.campaign_id, m.country_id, m.meeting_date desc, m.meeting_id desc
                                      fetch first 1 row only)
                        from campaign_country_count cc
                        where cc.campaign_id = :campaignId and cc.meetings > 0""" + andIn("cc.country_id", countries))
                .param("campaignId", campaignId)
                .params(parameters)
                .query(rs -> {
                    String response = rs.getString(2);
                    if (response != null) {
                        result.put(rs.getLong(1), response);
                    }
                });
        return result;
    }

    /**
     * The countries whose live meetings in the campaign (within the dates) were all delivered by a
     * partner without us: approached by a partner, not by us. Reads {@code ix_coverage_meeting_partner}
     * only: the campaign's partner-only meetings, then for each such country whether one of ours exists.
     */
    Set<Long> partnerOnlyCountries(long campaignId, CoverageFilter filter, Set<Long> countries) {
        Map<String, Object> parameters = new HashMap<>();
        String partnerDates = dates(filter, parameters).replace("m.", "p.");
        String ourDates = partnerDates.replace("p.", "o.");
        return new java.util.HashSet<>(
                jdbc.sql("""
                        select distinct p.country_id from coverage_meeting p
                        where p.partner_only = true and p.campaign_id = :campaignId""" + partnerDates + andIn("p.country_id", countries) + """

                          and not exists (select 1 from coverage_meeting o
                                          where o.partner_only = false and o.campaign_id = :campaignId
                                            and o.country_id = p.country_id""" + ourDates + ")")
                        .param("campaignId", campaignId)
                        .params(parameters)
                        .query(Long.class)
                        .list());
    }

    /** {@link #in}, after "and"; nothing for every country ({@code null}). */
    private static String andIn(String column, Set<Long> countries) {
        return countries == null ? "" : " and " + in(column, countries);
    }

    /**
     * "column in (…)" for these countries or talking points (not empty). The ids are numbers the
     * services hold, never a user's text; they are written as literals because H2 checks a list of constants with one
     * look-up, and a list of parameters value by value (docs/performance.md, change 13).
     */
    private static String in(String column, Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", ", column + " in (", ")"));
    }

    private static String dates(CoverageFilter filter, Map<String, Object> parameters) {
        String conditions = "";
        if (filter.from() != null) {
            conditions += " and m.meeting_date >= :from";
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions += " and m.meeting_date <= :to";
            parameters.put("to", filter.to());
        }
        return conditions;
    }

    /**
     * Live meetings per meeting date and overall response: the dashboard adds them up per week and
     * per response. Read from the counts kept as meetings change ({@code campaign_day_response_count},
     * V162): a row per day and response, whatever the campaign's size.
     */
    List<DateResponseCount> meetingsByDateAndResponse(long campaignId) {
        return jdbc.sql("""
                        select c.meeting_date, c.overall_response, c.meetings from campaign_day_response_count c
                        where c.campaign_id = :campaignId and c.meetings > 0
                        """)
                .param("campaignId", campaignId)
                .query((rs, n) -> {
                    String response = rs.getString(2);
                    return new DateResponseCount(
                            rs.getObject(1, LocalDate.class),
                            CoverageCounts.PENDING.equals(response) ? null : response,
                            rs.getLong(3));
                })
                .list();
    }

    /** How many live meetings of the campaign are dated from {@code first} to {@code last}. */
    long meetingsBetween(long campaignId, LocalDate first, LocalDate last) {
        return jdbc.sql("""
                        select count(*) from coverage_meeting m
                        where m.campaign_id = :campaignId and m.meeting_date between :first and :last
                        """)
                .param("campaignId", campaignId)
                .param("first", first)
                .param("last", last)
                .query(Long.class)
                .single();
    }

    /**
     * Per country: the date of its first live meeting of ours in the campaign (a partner's delivery
     * without us does not count), when we first reached the country. For each country with live
     * meetings in the campaign ({@code campaign_country_count}), the first entry of
     * {@code ix_coverage_meeting_partner} among our meetings: one index descent per country, not
     * every meeting of the campaign.
     */
    Map<Long, LocalDate> firstMeetingDates(long campaignId) {
        Map<Long, LocalDate> result = new HashMap<>();
        jdbc.sql("""
                        select cc.country_id, (select m.meeting_date from coverage_meeting m
                                      where m.partner_only = false and m.campaign_id = :campaignId
                                        and m.country_id = cc.country_id
                                      order by m.partner_only, m.campaign_id, m.country_id, m.meeting_date
                                      fetch first 1 row only)
                        from campaign_country_count cc
                        where cc.campaign_id = :campaignId and cc.meetings > 0
                        """).param("campaignId", campaignId).query(rs -> {
            LocalDate first = rs.getObject(2, LocalDate.class);
            if (first != null) {
                result.put(rs.getLong(1), first);
            }
        });
        return result;
    }

    /**
     * How often each reaction was recorded for each of these talking points (a campaign's): point
     * id → reaction → count. Read from the counts coverage keeps as meetings are saved, deleted and
     * restored ({@code point_reaction_count}, V25): a few rows per point instead of every raised
     * point of the campaign (280,000 index entries, some 130 ms, for the largest campaign at a
     * million meetings; docs/performance.md).
     */
    Map<Long, Map<String, Long>> reactions(Set<Long> pointIds) {
        Map<Long, Map<String, Long>> result = new HashMap<>();
        if (pointIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select pr.talking_point_id, pr.reaction, pr.meetings from point_reaction_count pr where "
                        + in("pr.talking_point_id", pointIds) + " and pr.meetings > 0")
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return result;
    }
}
