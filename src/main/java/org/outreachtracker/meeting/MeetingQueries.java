package org.outreachtracker.meeting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.outreachtracker.base.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read queries over meetings in SQL: the filtered, paged list and the recent-approach check.
 * They join the reference, campaign, counterpart and account tables read-only, to show names
 * and to filter and sort by them in the database.
 */
@Component
class MeetingQueries {

    /** Sortable list columns: the grid's sort keys and the SQL they sort by. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "meetingDate", "m.meeting_date",
            "countryName", "c.name",
            "campaignTitle", "cam.title",
            "postName", "p.name",
            "overallResponse", "m.overall_response",
            "reportedBy", "u.display_name",
            "format", "m.meeting_format");

    private static final String FROM = """
             from meeting m
             join campaign cam on cam.id = m.campaign_id
             join country c on c.id = m.country_id
             join region r on r.id = c.region_id
             join post p on p.id = m.post_id
             join app_user u on u.id = m.reported_by_id
            """;

    private final JdbcClient jdbc;

    MeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(MeetingFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return jdbc.sql("select count(*)" + FROM + where).params(parameters).query(Long.class).single();
    }

    Page<MeetingRow> search(MeetingFilter filter, Pageable pageable) {
        long total = count(filter);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        if (total == 0) {
            return Page.empty(pageable);
        }
        String sql = "select m.id, m.meeting_date, m.campaign_id, cam.title, m.country_id, c.name as country_name,"
                + " r.code as region_code, m.post_id, p.name as post_name, m.meeting_format, m.overall_response,"
                + " m.reported_by_id, u.display_name" + FROM + where + orderBy(pageable.getSort());
        if (pageable.isPaged()) {
            sql += " offset :offset rows fetch next :limit rows only";
            parameters.put("offset", pageable.getOffset());
            parameters.put("limit", pageable.getPageSize());
        }
        List<MeetingRow> rows = jdbc.sql(sql).params(parameters).query(MeetingQueries::row).list();
        Map<Long, String> counterparts = counterpartNames(rows.stream().map(MeetingRow::id).toList());
        List<MeetingRow> content = rows.stream()
                .map(row -> row.withCounterparts(counterparts.getOrDefault(row.id(), "")))
                .toList();
        return new PageImpl<>(content, pageable, total);
    }

    /** Meetings with any of the counterparts dated within {@code days} of {@code date}. */
    List<RecentApproach> recentApproaches(Collection<Long> counterpartIds, LocalDate date, int days, Long excludeMeetingId) {
        if (counterpartIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.id, m.meeting_date, cp.id as counterpart_id, cp.name as counterpart_name,
                               cam.title, p.name as post_name, u.display_name
                        from meeting_counterpart mc
                        join meeting m on m.id = mc.meeting_id
                        join counterpart cp on cp.id = mc.counterpart_id
                        join campaign cam on cam.id = m.campaign_id
                        join post p on p.id = m.post_id
                        join app_user u on u.id = m.reported_by_id
                        where mc.counterpart_id in (:counterparts)
                          and m.deleted_at is null
                          and m.meeting_date between :from and :to
                          and m.id <> :exclude
                        order by m.meeting_date desc, m.id desc
                        """)
                .param("counterparts", counterpartIds)
                .param("from", date.minusDays(days))
                .param("to", date.plusDays(days))
                .param("exclude", excludeMeetingId == null ? -1L : excludeMeetingId)
                .query((rs, n) -> new RecentApproach(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private Map<Long, String> counterpartNames(List<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> names = new LinkedHashMap<>();
        jdbc.sql("""
                        select mc.meeting_id, cp.name from meeting_counterpart mc
                        join counterpart cp on cp.id = mc.counterpart_id
                        where mc.meeting_id in (:ids) order by cp.name
                        """)
                .param("ids", meetingIds)
                .query((ResultSet rs) -> {
                    names.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return names.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(", ", e.getValue())));
    }

    private static String where(MeetingFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("m.deleted_at is null");
        if (filter.campaignId() != null) {
            conditions.add("m.campaign_id = :campaignId");
            parameters.put("campaignId", filter.campaignId());
        }
        if (filter.regionId() != null) {
            conditions.add("c.region_id = :regionId");
            parameters.put("regionId", filter.regionId());
        }
        if (filter.countryId() != null) {
            conditions.add("m.country_id = :countryId");
            parameters.put("countryId", filter.countryId());
        }
        if (filter.postId() != null) {
            conditions.add("m.post_id = :postId");
            parameters.put("postId", filter.postId());
        }
        if (filter.response() != null) {
            conditions.add("m.overall_response = :response");
            parameters.put("response", filter.response().name());
        } else if (filter.pendingOnly()) {
            conditions.add("m.overall_response is null");
        }
        if (filter.from() != null) {
            conditions.add("m.meeting_date >= :from");
            parameters.put("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("m.meeting_date <= :to");
            parameters.put("to", Date.valueOf(filter.to()));
        }
        if (filter.counterpartId() != null) {
            conditions.add("exists (select 1 from meeting_counterpart fc where fc.meeting_id = m.id"
                    + " and fc.counterpart_id = :counterpartId)");
            parameters.put("counterpartId", filter.counterpartId());
        }
        if (filter.reportedById() != null) {
            conditions.add("m.reported_by_id = :reportedById");
            parameters.put("reportedById", filter.reportedById());
        }
        if (filter.talkingPointId() != null) {
            conditions.add("exists (select 1 from meeting_point pr where pr.meeting_id = m.id"
                    + " and pr.talking_point_id = :talkingPointId"
                    + (filter.reaction() == null ? "" : " and pr.reaction = :reaction") + ")");
            parameters.put("talkingPointId", filter.talkingPointId());
            if (filter.reaction() != null) {
                parameters.put("reaction", filter.reaction().name());
            }
        }
        String pattern = SearchText.containsPattern(filter.text());
        if (pattern != null) {
            conditions.add("(lower(m.summary) like :pattern escape '\\' or exists (select 1 from meeting_counterpart tc"
                    + " join counterpart tcp on tcp.id = tc.counterpart_id where tc.meeting_id = m.id"
                    + " and lower(tcp.name) like :pattern escape '\\'))");
            parameters.put("pattern", pattern);
        }
        return " where " + String.join(" and ", conditions);
    }

    private static String orderBy(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORT_COLUMNS.get(order.getProperty());
            if (column != null) {
                orders.add(column + (order.isAscending() ? " asc" : " desc"));
            }
        }
        if (orders.isEmpty()) {
            orders.add("m.meeting_date desc");
        }
        orders.add("m.id desc");
        return " order by " + String.join(", ", orders);
    }

    private static MeetingRow row(ResultSet rs, int rowNum) throws SQLException {
        String response = rs.getString(11);
        return new MeetingRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getString(4),
                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), "",
                MeetingFormat.valueOf(rs.getString(10)), response == null ? null : OverallResponse.valueOf(response),
                rs.getLong(12), rs.getString(13));
    }
}
