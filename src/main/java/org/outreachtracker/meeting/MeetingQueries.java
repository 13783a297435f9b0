package org.outreachtracker.meeting;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.outreachtracker.search.SearchIndex;
import org.outreachtracker.search.SearchKind;
import org.outreachtracker.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read queries over meetings in SQL: the filtered, paged list and the recent-approach check.
 * They join the reference, campaign, counterpart and account tables read-only, to show names
 * and to filter and sort by them in the database.
 *
 * <p>How a page of the list is read (figures in docs/performance.md): the filter, the
 * order and the offset are applied to the meeting table alone, joined only to what the sort
 * needs, so that a page in the default order (newest first) is read from an index in list order
 * ({@code ix_meeting_list}, {@code ix_meeting_list_campaign}) and a deep page skips index
 * entries, not rows. Only the page's own rows are then read, by id, with their campaign,
 * country, post and account. A page in the second half of the list is read from the other end
 * (the same rows in the reverse order, put back in order), so the last page costs what the first
 * does. In date order without a filter, or with no more than dates, a campaign and a response, a
 * deep page starts on the day that {@link MeetingDays} finds for its offset, so that the middle of
 * ten million meetings, or of a campaign's million, costs what its ends do.
 */
@Component
class MeetingQueries {

    /** Sortable list columns: the grid's sort keys and the SQL they sort by. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "meetingDate", "m.meeting_date",
            "countryName", "c.sort_name",
            "campaignTitle", "cam.title",
            "postName", "p.sort_name",
            "overallResponse", "m.overall_response",
            "reportedBy", "u.display_name",
            "format", "m.meeting_format");

    /** The join a sort column needs in the page query (none for the meeting's own columns). */
    private static final Map<String, String> SORT_JOINS = Map.of(
            "c.sort_name", " join country c on c.id = m.country_id",
            "cam.title", " join campaign cam on cam.id = m.campaign_id",
            "p.sort_name", " join post p on p.id = m.post_id",
            "u.display_name", " join app_user u on u.id = m.reported_by_id");

    /**
     * Below this offset a page is read forwards without counting first; from it on, the list is
     * counted to know whether reading from the other end is shorter.
     */
    static final long COUNT_FROM_OFFSET = 5_000;

    /**
     * A page of the list in date order, unfiltered or filtered as {@link MeetingDays} counts, that lies this many
     * meetings or more from both ends starts from the day {@link MeetingDays} finds for it; nearer
     * an end, skipping the meetings before the page costs less than summing the days (at a million
     * meetings, about 5,000 days: a few milliseconds, the time H2 takes to skip some 20,000 index
     * entries).
     */
    static final long DAY_START_FROM_OFFSET = 10_000;

    private static final String LIVE = "m.deleted_at is null";

    private static final String ROW_COLUMNS = "select m.id, m.meeting_date, m.campaign_id, cam.title, m.country_id,"
            + " c.name as country_name, r.code as bureau_code, m.post_id, p.name as post_name, m.meeting_format,"
            + " m.overall_response, m.reported_by_id, u.display_name, m.handling_marking";

    private static final String ROW_JOINS = """
             join campaign cam on cam.id = m.campaign_id
             join country c on c.id = m.country_id
             join bureau r on r.id = c.bureau_id
             join post p on p.id = m.post_id
             join app_user u on u.id = m.reported_by_id
            """;

    private final JdbcClient jdbc;
    private final MeetingDays days;
    private final SearchIndex search;
    private final long dayStartFromOffset;
    private final boolean bureauFromFarEnd;

    @Autowired
    MeetingQueries(JdbcClient jdbc, MeetingDays days, SearchIndex search, DataSource dataSource) throws SQLException {
        this(jdbc, days, search, DAY_START_FROM_OFFSET, isPostgres(dataSource));
    }

    /**
     * {@code dayStartFromOffset}: see {@link #DAY_START_FROM_OFFSET}; tests set it lower.
     * {@code bureauFromFarEnd}: whether a list filtered by a bureau is read from the nearer end,
     * as the others are: on PostgreSQL, not on H2 (see {@link #rows}).
     */
    MeetingQueries(
            JdbcClient jdbc, MeetingDays days, SearchIndex search, long dayStartFromOffset, boolean bureauFromFarEnd) {
        this.jdbc = jdbc;
        this.days = days;
        this.search = search;
        this.dayStartFromOffset = dayStartFromOffset;
        this.bureauFromFarEnd = bureauFromFarEnd;
    }

    private static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** Whether a list filtered by a bureau is read from the nearer end (PostgreSQL). */
    boolean readsBureauFromFarEnd() {
        return bureauFromFarEnd;
    }

    /**
     * How many meetings match: the meeting table alone, with the filter. Without a filter, or with
     * no more than dates, a campaign and a response, the sum of the live meetings of those days
     * ({@link MeetingDays}). (H2 answers
     * {@code count(*)} of a whole table at once only while no other transaction is writing to it;
     * while meetings are being logged it reads every row, which at a million meetings made the
     * unfiltered list the slowest page under load: docs/performance.md, scenario e.)
     */
    long count(MeetingFilter filter) {
        if (countedByDay(filter)) {
            return days.count(filter);
        }
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = conditions(filter, parameters, true);
        return jdbc.sql("select count(*) from meeting m" + where(conditions))
                .params(parameters)
                .query(Long.class)
                .single();
    }

    /**
     * Whether {@link #count} may take seconds: the filter's text holds words that many meetings,
     * or many of the counterparts met, hold. The count then reads every match (at a million
     * meetings, 8 s on PostgreSQL and 37 s on H2 for a word most meetings hold), while the list's
     * first page checks meetings in order and is found in milliseconds (docs/performance.md).
     */
    boolean countReadsManyMatches(MeetingFilter filter) {
        if (!hasText(filter)) {
            return false;
        }
        SearchQuery query = SearchQuery.lenient(filter.text());
        return !query.isEmpty()
                && !(search.rare(SearchKind.MEETING, query) && search.rare(SearchKind.COUNTERPART, query));
    }

    /** A page of meetings with the total count. */
    Page<MeetingRow> search(MeetingFilter filter, Pageable pageable) {
        long total = count(filter);
        if (total == 0) {
            return Page.empty(pageable);
        }
        return new PageImpl<>(rows(filter, pageable, total), pageable, total);
    }

    /**
     * A page of meetings, for lists that count once and then ask for pages as they scroll (a lazy
     * grid). {@code total} is the count the list was given for this filter, or negative when not
     * known; then the list is counted first when the page is deep enough for the count to pay.
     */
    List<MeetingRow> page(MeetingFilter filter, Pageable pageable, long total) {
        if (total < 0 && pageable.isPaged() && pageable.getOffset() >= COUNT_FROM_OFFSET) {
            total = count(filter);
        }
        return rows(filter, pageable, total);
    }

    /** The page's rows; {@code total} is the number of matching meetings, or -1 when not counted. */
    private List<MeetingRow> rows(MeetingFilter filter, Pageable pageable, long total) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(conditions(filter, parameters, false));
        List<String> columns = new ArrayList<>();
        List<Boolean> ascending = new ArrayList<>();
        for (Sort.Order order : pageable.getSort()) {
            String column = SORT_COLUMNS.get(order.getProperty());
            if (column != null && !columns.contains(column)) {
                columns.add(column);
                ascending.add(order.isAscending());
            }
        }
        if (columns.isEmpty()) {
            columns.add("m.meeting_date");
            ascending.add(false);
        }
        // The id breaks ties, in the direction of the last sort column, so that the order is total
        // (and reading it from the other end gives exactly the same rows).
        columns.add("m.id");
        ascending.add(ascending.getLast());
        boolean dateOrder = columns.equals(List.of("m.meeting_date", "m.id"));
        if (filter.campaignId() != null) {
            // The campaign is one value here, so ordering by it first changes nothing; it lets H2
            // see that ix_meeting_list_campaign is in list order (H2 matches an order to an index
            // from the index's first column on).
            columns.addFirst("m.campaign_id");
            ascending.addFirst(ascending.getFirst());
        }
        StringBuilder joins = new StringBuilder();
        columns.stream()
                .map(SORT_JOINS::get)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(joins::append);

        String inner = "select m.id from meeting m" + joins + where;
        boolean reverse = false;
        if (pageable.isPaged()) {
            long offset = pageable.getOffset();
            long limit = pageable.getPageSize();
            if (total >= 0 && offset >= total) {
                return List.of();
            }
            // The rows at [offset, offset + limit) are, in the reverse order, those at
            // [total - offset - limit, total - offset): in the second half, that is fewer to skip.
            // Not with a bureau on H2: in the reverse order H2 reads the campaign's whole list index
            // and checks each country in the table row, 8-10 times slower than reading forwards
            // (docs/performance.md, "The H2 workarounds measured again"). PostgreSQL reads either
            // end of ix_meeting_list_response_date alike.
            reverse = total >= 0 && offset > total / 2 && (filter.bureauId() == null || bureauFromFarEnd);
            long skipped = reverse ? total - offset - Math.min(limit, total - offset) : offset;
            if (dateOrder && skipped >= dayStartFromOffset && countedByDay(filter)) {
                // Far from both ends: the page starts on the day whose running total passes the
                // offset, and only that day's meetings before the page are skipped.
                reverse = false;
                boolean newestFirst = !ascending.getFirst();
                Optional<MeetingDays.Start> start = days.start(offset, newestFirst, filter);
                if (start.isEmpty()) {
                    return List.of();
                }
                inner += " and m.meeting_date " + (newestFirst ? "<=" : ">=") + " :startDay";
                parameters.put("startDay", Date.valueOf(start.get().day()));
                offset -= start.get().before();
            } else if (reverse) {
                limit = Math.min(limit, total - offset);
                offset = skipped;
            }
            inner += orderBy(columns, ascending, reverse) + " offset :offset rows fetch next :limit rows only";
            parameters.put("offset", offset);
            parameters.put("limit", limit);
        }
        List<MeetingRow> rows;
        if (pageable.isPaged()) {
            // The page's ids first, then their rows: a page of ids as a derived table in the row
            // query cost H2 about 15 ms more at deep offsets (docs/performance.md, scenario b).
            List<Long> ids = new ArrayList<>(
                    jdbc.sql(inner).params(parameters).query(Long.class).list());
            if (ids.isEmpty()) {
                return List.of();
            }
            if (reverse) {
                Collections.reverse(ids);
            }
            Map<Long, MeetingRow> byId = new HashMap<>();
            jdbc.sql(ROW_COLUMNS + " from meeting m" + ROW_JOINS + " where m.id in (:ids)")
                    .param("ids", ids)
                    .query(MeetingQueries::row)
                    .list()
                    .forEach(row -> byId.put(row.id(), row));
            rows = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        } else {
            rows = jdbc.sql(ROW_COLUMNS + " from (" + inner + ") page join meeting m on m.id = page.id" + ROW_JOINS
                            + orderBy(columns, ascending, false))
                    .params(parameters)
                    .query(MeetingQueries::row)
                    .list();
        }
        Map<Long, String> counterparts =
                counterpartNames(rows.stream().map(MeetingRow::id).toList());
        return rows.stream()
                .map(row -> row.withCounterparts(counterparts.getOrDefault(row.id(), "")))
                .toList();
    }

    private static String orderBy(List<String> columns, List<Boolean> ascending, boolean reverse) {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            orders.add(columns.get(i) + (ascending.get(i) != reverse ? " asc" : " desc"));
        }
        return " order by " + String.join(", ", orders);
    }

    /** Meetings with any of the counterparts dated within {@code days} of {@code date}. */
    /**
     * Who else met these counterparts from {@code since} on: the reporters of live meetings at
     * other posts than {@code postId}, other than {@code reporterId}, with the latest date each
     * met each counterpart, and the name of {@code postId}.
     */
    List<CounterpartMetElsewhere> metElsewhere(
            Collection<Long> counterpartIds, long postId, long reporterId, LocalDate since) {
        if (counterpartIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.reported_by_id, cp.id, cp.name, max(m.meeting_date), p.name
                        from meeting_counterpart mc
                        join meeting m on m.id = mc.meeting_id
                        join counterpart cp on cp.id = mc.counterpart_id
                        join post p on p.id = :postId
                        where mc.counterpart_id in (:counterparts)
                          and m.deleted_at is null
                          and m.meeting_date >= :since
                          and m.post_id <> :postId
                          and m.reported_by_id <> :reporterId
                        group by m.reported_by_id, cp.id, cp.name, p.name
                        order by m.reported_by_id, cp.id
                        """)
                .param("counterparts", counterpartIds)
                .param("postId", postId)
                .param("reporterId", reporterId)
                .param("since", since)
                .query((rs, n) -> new CounterpartMetElsewhere(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list();
    }

    /** What the meetings with these ids say (summary, delivered by, points and reactions, their words), by id. */
    Map<Long, MeetingText> texts(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> points = new HashMap<>();
        jdbc.sql("""
                        select meeting_id, delivered_label, reaction from meeting_point
                        where meeting_id in (:ids)
                        order by meeting_id, position
                        """).param("ids", meetingIds).query((RowCallbackHandler) rs -> points.computeIfAbsent(
                        rs.getLong(1), id -> new ArrayList<>())
                .add(rs.getString(2) + ": " + Reaction.valueOf(rs.getString(3)).label()));
        Map<Long, MeetingText> texts = new HashMap<>();
        jdbc.sql("select id, delivered_by, summary, response_quote from meeting where id in (:ids)")
                .param("ids", meetingIds)
                .query((rs, n) -> new MeetingText(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        String.join("; ", points.getOrDefault(rs.getLong(1), List.of())),
                        rs.getString(4)))
                .list()
                .forEach(text -> texts.put(text.meetingId(), text));
        return texts;
    }

    /** The other counterparts present at live meetings with a counterpart, most meetings together first. */
    List<MetTogether> colleaguesOf(long counterpartId, int limit) {
        return metTogether(counterpartId, limit, """
                        select other.counterpart_id, cp.name, cp.organization, count(*), max(m.meeting_date)
                        from meeting_counterpart mc
                        join meeting_counterpart other
                          on other.meeting_id = mc.meeting_id and other.counterpart_id <> mc.counterpart_id
                        join meeting m on m.id = mc.meeting_id
                        join counterpart cp on cp.id = other.counterpart_id
                        where mc.counterpart_id = :counterpartId and m.deleted_at is null
                        group by other.counterpart_id, cp.name, cp.organization
                        order by count(*) desc, max(m.meeting_date) desc, other.counterpart_id
                        limit :limit
                        """);
    }

    /** Our officers who logged live meetings with a counterpart, and at which post; most meetings first. */
    List<MetTogether> officersWhoMet(long counterpartId, int limit) {
        return metTogether(counterpartId, limit, """
                        select m.reported_by_id, u.display_name, p.name, count(*), max(m.meeting_date)
                        from meeting_counterpart mc
                        join meeting m on m.id = mc.meeting_id
                        join app_user u on u.id = m.reported_by_id
                        join post p on p.id = m.post_id
                        where mc.counterpart_id = :counterpartId and m.deleted_at is null
                        group by m.reported_by_id, u.display_name, p.name
                        order by count(*) desc, max(m.meeting_date) desc, m.reported_by_id
                        limit :limit
                        """);
    }

    /** Runs a "who met together" query: id, name, place, meetings, last date; at most {@code limit} rows. */
    private List<MetTogether> metTogether(long counterpartId, int limit, String sql) {
        return jdbc.sql(sql)
                .param("counterpartId", counterpartId)
                .param("limit", limit)
                .query((rs, n) -> new MetTogether(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    List<RecentApproach> recentApproaches(
            Collection<Long> counterpartIds, LocalDate date, int days, Long excludeMeetingId) {
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
                .query((rs, n) -> new RecentApproach(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
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
                        """).param("ids", meetingIds).query((ResultSet rs) -> {
            names.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
        });
        return names.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(", ", e.getValue())));
    }

    /**
     * The filter as SQL conditions on {@code meeting m}. {@code counting}: the query reads every
     * matching meeting (a count, an aggregate) rather than a page in list order, which decides how
     * free text is best searched ({@link SearchIndex#match}).
     */
    private List<String> conditions(MeetingFilter filter, Map<String, Object> parameters, boolean counting) {
        List<String> conditions = new ArrayList<>();
        conditions.add(LIVE);
        if (filter.campaignId() != null) {
            conditions.add("m.campaign_id = :campaignId");
            parameters.put("campaignId", filter.campaignId());
        }
        if (filter.bureauId() != null) {
            // The bureau's countries as a list of values: on ix_meeting_campaign_live that is a set
            // of index ranges, where a subquery would be checked entry by entry. Written as numbers
            // into the query, not as parameters: H2 checks a list of constants with one lookup per
            // meeting, and a list of parameters value by value (a campaign's list by bureau and
            // response, 28,000 index entries: 11-18 ms against 35-48 ms; docs/performance.md).
            // They are ids read from the database, so nothing from the user reaches the query text.
            List<Long> countries = jdbc.sql("select id from country where bureau_id = :bureauId")
                    .param("bureauId", filter.bureauId())
                    .query(Long.class)
                    .list();
            conditions.add(
                    countries.isEmpty()
                            ? "1 = 0"
                            : "m.country_id in ("
                                    + countries.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
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
            conditions.add("m.id in (select fc.meeting_id from meeting_counterpart fc"
                    + " where fc.counterpart_id = :counterpartId)");
            parameters.put("counterpartId", filter.counterpartId());
        }
        if (filter.reportedById() != null) {
            conditions.add("m.reported_by_id = :reportedById");
            parameters.put("reportedById", filter.reportedById());
        }
        if (filter.talkingPointId() != null) {
            conditions.add("m.id in (select pr.meeting_id from meeting_point pr"
                    + " where pr.talking_point_id = :talkingPointId"
                    + (filter.reaction() == null ? "" : " and pr.reaction = :reaction") + ")");
            parameters.put("talkingPointId", filter.talkingPointId());
            if (filter.reaction() != null) {
                parameters.put("reaction", filter.reaction().name());
            }
        }
        if (hasText(filter)) {
            // Global search's engine: the meeting's own words, or a counterpart met whose entry matches.
            SearchQuery query = SearchQuery.lenient(filter.text());
            if (query.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                var own = search.match(SearchKind.MEETING, query, "m.id", "sm", parameters, counting);
                var met = search.match(SearchKind.COUNTERPART, query, "tc.counterpart_id", "sc", parameters, counting);
                String counterpartsMet = "select tc.meeting_id from meeting_counterpart tc where ";
                if (search.oneSet(own, met)) {
                    conditions.add("m.id in (" + own.records() + " union " + counterpartsMet + met.condition() + ")");
                } else {
                    conditions.add("(" + own.condition() + " or "
                            + (met.selective()
                                    ? "m.id in (" + counterpartsMet + met.condition() + ")"
                                    : "exists (select 1 from meeting_counterpart tc where tc.meeting_id = m.id and "
                                            + met.condition() + ")")
                            + ")");
                }
            }
        }
        return conditions;
    }

    /** The handling markings of the meetings that match the filter, each once. */
    Set<String> handlingMarkings(MeetingFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = conditions(filter, parameters, true);
        return new HashSet<>(jdbc.sql("select distinct m.handling_marking from meeting m" + where(conditions))
                .params(parameters)
                .query(String.class)
                .list());
    }

    /** The handling marking of each of these meetings (deleted ones too), by id. */
    Map<Long, String> handlingMarkings(Collection<Long> meetingIds) {
        Map<Long, String> result = new HashMap<>();
        List<Long> ids = List.copyOf(meetingIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            jdbc.sql("select id, handling_marking from meeting where id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .forEach(e -> result.put(e.getKey(), e.getValue()));
        }
        return result;
    }

    /**
     * Whether {@link MeetingDays} counts the list with this filter: none, or no more than dates, a
     * campaign and, with a campaign, a response or "pending only".
     */
    private static boolean countedByDay(MeetingFilter filter) {
        return filter.bureauId() == null
                && filter.countryId() == null
                && filter.postId() == null
                && (filter.campaignId() != null || (filter.response() == null && !filter.pendingOnly()))
                && !hasText(filter)
                && filter.counterpartId() == null
                && filter.reportedById() == null
                && filter.talkingPointId() == null;
    }

    private static boolean hasText(MeetingFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    private static String where(List<String> conditions) {
        return " where " + String.join(" and ", conditions);
    }

    private static MeetingRow row(ResultSet rs, int rowNum) throws SQLException {
        String response = rs.getString(11);
        return new MeetingRow(
                rs.getLong(1),
                rs.getObject(2, LocalDate.class),
                rs.getLong(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getLong(8),
                rs.getString(9),
                "",
                MeetingFormat.valueOf(rs.getString(10)),
                response == null ? null : OverallResponse.valueOf(response),
                rs.getLong(12),
                rs.getString(13),
                rs.getString(14));
    }
}
