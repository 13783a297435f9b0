package org.outreachtracker.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scenario w ({@code --probes}): the workarounds the meetings list carries for H2's planner,
 * each timed with and without it on the same data set in the same run. The two versions of a
 * query are timed alternately (their order swapped every round, each call after one meeting is
 * rewritten as in a–c), so that a change of the machine's load falls on both alike.
 *
 * <ul>
 * <li>Deep pages read from the far end of the list (MeetingQueries): the page at 99 % and at 75 %
 *     read backwards and put back in order, against the same rows read forwards with an offset
 *     (without a filter, forwards means starting on the day found from the day counts, as the list
 *     does then).</li>
 * <li>A bureau's countries written into the query as numbers, against the same list as parameters.</li>
 * <li>The meeting table's indexes of V20, V22 and V23: queries of the list, of coverage and of the
 *     deleted-records view with every index of the table, against the same query with every index
 *     but one (H2's {@code USE INDEX}).</li>
 * </ul>
 * The SQL is the list's own (see MeetingQueries), written out here; the row query that follows the
 * page's ids is the same either way and is left out.
 */
final class WorkaroundProbes {

    private static final int PAGE = QueryScenarios.PAGE_SIZE;

    private final JdbcClient jdbc;
    private final Results results;
    private final Runnable touch;
    private final int warmups;
    private final int runs;
    private long blackhole;

    WorkaroundProbes(JdbcClient jdbc, Results results, Runnable touch, int warmups, int runs) {
        this.jdbc = jdbc;
        this.results = results;
        this.touch = touch;
        this.warmups = warmups;
        this.runs = runs;
    }

    /** One filter of the list: its conditions, parameters and sort columns (newest first). */
    private record Filter(String name, String where, Map<String, Object> parameters, List<String> columns) {}

    void run(QueryScenarios.Campaign largest) {
        long europe = jdbc.sql("select id from bureau where code = 'EUR'")
                .query(Long.class)
                .single();
        List<Long> countries = jdbc.sql("select id from country where bureau_id = :bureau order by id")
                .param("bureau", europe)
                .query(Long.class)
                .list();
        String literals = countries.stream().map(String::valueOf).collect(Collectors.joining(", "));

        Filter none =
                new Filter("no filter", " where m.deleted_at is null", Map.of(), List.of("m.meeting_date", "m.id"));
        Filter campaign = new Filter(
                "campaign filter",
                " where m.deleted_at is null and m.campaign_id = :campaign",
                Map.of("campaign", largest.id()),
                List.of("m.campaign_id", "m.meeting_date", "m.id"));
        Map<String, Object> bureauParameters =
                new LinkedHashMap<>(Map.of("campaign", largest.id(), "response", "RECEPTIVE"));
        Filter bureau = new Filter(
                "campaign + bureau + response filter",
                " where m.deleted_at is null"
                        + " and m.campaign_id = :campaign and m.country_id in (" + literals + ")"
                        + " and m.overall_response = :response",
                bureauParameters,
                List.of("m.campaign_id", "m.meeting_date", "m.id"));
        Map<String, Object> asParameters = new LinkedHashMap<>(bureauParameters);
        asParameters.put("countries", countries);
        Filter bureauAsParameters = new Filter(
                bureau.name(),
                " where m.deleted_at is null"
                        + " and m.campaign_id = :campaign and m.country_id in (:countries)"
                        + " and m.overall_response = :response",
                asParameters,
                bureau.columns());

        results.detail("Scenario w: each pair timed alternately, " + runs + " calls each after " + warmups
                + " warm-up calls; \"with\" is the median with the workaround, \"baseline\" the median without,"
                + " ratio = with / without (below 1: the workaround pays).");

        // (a) deep pages from the far end
        for (Filter filter : List.of(none, campaign, bureau)) {
            long total = count(filter, "");
            // Without a filter the list reads from the far end only within the last 10,000 meetings;
            // further in, it starts on the page's day (MeetingQueries.DAY_START_FROM_OFFSET).
            for (int percent : filter == none ? new int[] {99} : new int[] {75, 99}) {
                long offset = total * percent / 100 / PAGE * PAGE;
                String measure = "page at " + percent + " %, " + filter.name() + ": from the far end / forwards";
                try {
                    Supplier<List<Long>> forwards = filter == none
                            ? () -> fromDay(filter, offset)
                            : () -> ids(filter, "", offset, false, total);
                    pair("w", measure, () -> ids(filter, "", offset, true, total), forwards);
                } catch (RuntimeException failure) {
                    results.failed("w", measure, failure);
                }
            }
        }

        // (b) a bureau's countries as numbers in the query
        long bureauTotal = count(bureau, "");
        try {
            pair(
                    "w",
                    "count, " + bureau.name() + ": countries as numbers / as parameters",
                    () -> count(bureau, ""),
                    () -> count(bureauAsParameters, ""));
            pair(
                    "w",
                    "page at 0 %, " + bureau.name() + ": countries as numbers / as parameters",
                    () -> ids(bureau, "", 0, false, bureauTotal),
                    () -> ids(bureauAsParameters, "", 0, false, bureauTotal));
        } catch (RuntimeException failure) {
            results.failed("w", "countries as numbers", failure);
        }

        // (c) the indexes of V20, V22 and V23, one at a time
        List<String> indexes = jdbc.sql("select distinct index_name from information_schema.indexes"
                        + " where upper(table_name) = 'MEETING' order by index_name")
                .query(String.class)
                .list();
        results.detail("Meeting indexes in this data set: " + String.join(", ", indexes) + ".");
        for (String index : List.of(
                "IX_MEETING_CAMPAIGN_LIVE",
                "IX_MEETING_LIST",
                "IX_MEETING_LIST_CAMPAIGN",
                "IX_MEETING_LIST_RESPONSE",
                "IX_MEETING_DELETED_BY")) {
            if (indexes.stream().noneMatch(index::equalsIgnoreCase)) {
                results.detail("Index " + index + " is not in this data set; not measured.");
                continue;
            }
            // The names as stored, quoted: the application's H2 lowers unquoted names
            // (DATABASE_TO_LOWER), while the primary key's generated name is upper case.
            String without = " use index ("
                    + indexes.stream()
                            .filter(i -> !i.equalsIgnoreCase(index))
                            .map(i -> '"' + i + '"')
                            .collect(Collectors.joining(", "))
                    + ")";
            switch (index) {
                case "IX_MEETING_CAMPAIGN_LIVE" -> {
                    // Coverage (CoverageQueries): each country's latest response, and the meetings
                    // per country within a date range (the case its counts cannot answer).
                    pairWithout(
                            index,
                            "coverage: latest response per country, largest campaign",
                            () -> latestResponses(largest.id(), ""),
                            () -> latestResponses(largest.id(), without));
                    pairWithout(
                            index,
                            "coverage: meetings per country in the last year, largest campaign",
                            () -> meetingsPerCountry(largest.id(), ""),
                            () -> meetingsPerCountry(largest.id(), without));
                }
                case "IX_MEETING_LIST" -> {
                    long total = count(none, "");
                    pairWithout(
                            index,
                            "page at 0 %, no filter",
                            () -> ids(none, "", 0, false, total),
                            () -> ids(none, without, 0, false, total));
                    long offset = total * 99 / 100 / PAGE * PAGE;
                    pairWithout(
                            index,
                            "page at 99 %, no filter",
                            () -> ids(none, "", offset, true, total),
                            () -> ids(none, without, offset, true, total));
                }
                case "IX_MEETING_LIST_CAMPAIGN" -> {
                    long total = count(campaign, "");
                    pairWithout(
                            index, "count, campaign filter", () -> count(campaign, ""), () -> count(campaign, without));
                    pairWithout(
                            index,
                            "page at 0 %, campaign filter",
                            () -> ids(campaign, "", 0, false, total),
                            () -> ids(campaign, without, 0, false, total));
                    long offset = total / 2 / PAGE * PAGE;
                    pairWithout(
                            index,
                            "page at 50 %, campaign filter",
                            () -> ids(campaign, "", offset, false, total),
                            () -> ids(campaign, without, offset, false, total));
                }
                case "IX_MEETING_LIST_RESPONSE" -> {
                    pairWithout(
                            index, "count, " + bureau.name(), () -> count(bureau, ""), () -> count(bureau, without));
                    pairWithout(
                            index,
                            "page at 0 %, " + bureau.name(),
                            () -> ids(bureau, "", 0, false, bureauTotal),
                            () -> ids(bureau, without, 0, false, bureauTotal));
                }
                case "IX_MEETING_DELETED_BY" -> {
                    // The deleted-records view (MeetingService.deleted: count, and a page newest first).
                    pairWithout(index, "deleted meetings: count", () -> deletedCount(""), () -> deletedCount(without));
                    pairWithout(
                            index, "deleted meetings: first page", () -> deletedPage(""), () -> deletedPage(without));
                }
                default -> throw new IllegalStateException(index);
            }
        }
    }

    private void pairWithout(String index, String measure, Supplier<?> with, Supplier<?> without) {
        String name = measure + ": with / without " + index.toLowerCase();
        try {
            pair("w", name, with, without);
        } catch (RuntimeException failure) {
            results.failed("w", name, failure);
        }
    }

    /** Times the two alternately; reports the first as the measure and the second as its baseline. */
    private void pair(String scenario, String measure, Supplier<?> with, Supplier<?> without) {
        if (!same(with.get(), without.get())) {
            throw new IllegalStateException("the two versions give different results");
        }
        for (int i = 0; i < warmups; i++) {
            touch.run();
            blackhole += System.identityHashCode(with.get());
            touch.run();
            blackhole += System.identityHashCode(without.get());
        }
        long[] first = new long[runs];
        long[] second = new long[runs];
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                first[i] = timed(with);
                second[i] = timed(without);
            } else {
                second[i] = timed(without);
                first[i] = timed(with);
            }
        }
        Stats on = Stats.ofNanos(first);
        Stats off = Stats.ofNanos(second);
        results.add(new Results.Row(
                scenario,
                measure,
                Stats.ms(on.median()),
                Stats.ms(on.p95()),
                Stats.ms(off.median()) + " (p95 " + Stats.ms(off.p95()) + ")",
                Results.ratio(on.median() / off.median()),
                "",
                on.median() <= off.median() ? "pays" : "does not pay"));
    }

    private static boolean same(Object a, Object b) {
        return a.equals(b);
    }

    private long timed(Supplier<?> query) {
        touch.run();
        long started = System.nanoTime();
        Object result = query.get();
        long nanos = System.nanoTime() - started;
        blackhole += System.identityHashCode(result);
        return nanos;
    }

    private long count(Filter filter, String hint) {
        return jdbc.sql("select count(*) from meeting m" + hint + filter.where())
                .params(filter.parameters())
                .query(Long.class)
                .single();
    }

    /**
     * The page's ids at {@code offset} (newest first), read forwards, or from the far end and put
     * back in order, as MeetingQueries does.
     */
    private List<Long> ids(Filter filter, String hint, long offset, boolean fromFarEnd, long total) {
        long limit = Math.min(PAGE, total - offset);
        long skip = fromFarEnd ? total - offset - limit : offset;
        String order = filter.columns().stream()
                .map(c -> c + (fromFarEnd ? " asc" : " desc"))
                .collect(Collectors.joining(", ", " order by ", ""));
        Map<String, Object> parameters = new LinkedHashMap<>(filter.parameters());
        parameters.put("offset", skip);
        parameters.put("limit", limit);
        List<Long> ids = new ArrayList<>(jdbc.sql("select m.id from meeting m" + hint + filter.where() + order
                        + " offset :offset rows fetch next :limit rows only")
                .params(parameters)
                .query(Long.class)
                .list());
        if (fromFarEnd) {
            java.util.Collections.reverse(ids);
        }
        return ids;
    }

    /** The unfiltered page at {@code offset}, newest first, started on its day (MeetingDays.start). */
    private List<Long> fromDay(Filter filter, long offset) {
        record Start(java.sql.Date day, long before) {}
        Start start = jdbc.sql("select meeting_date, meetings from meeting_day_count order by meeting_date desc")
                .query((java.sql.ResultSet rs) -> {
                    long before = 0;
                    while (rs.next()) {
                        long meetings = rs.getLong(2);
                        if (before + meetings > offset) {
                            return new Start(rs.getDate(1), before);
                        }
                        before += meetings;
                    }
                    throw new IllegalStateException("the list is shorter than " + offset);
                });
        Map<String, Object> parameters = new LinkedHashMap<>(filter.parameters());
        parameters.put("startDay", start.day());
        parameters.put("offset", offset - start.before());
        parameters.put("limit", PAGE);
        return jdbc.sql("select m.id from meeting m" + filter.where() + " and m.meeting_date <= :startDay"
                        + " order by m.meeting_date desc, m.id desc offset :offset rows fetch next :limit rows only")
                .params(parameters)
                .query(Long.class)
                .list();
    }

    private List<String> latestResponses(long campaign, String hint) {
        return jdbc.sql("select c.id, (select m.overall_response from meeting m" + hint
                        + " where m.campaign_id = :campaign and m.country_id = c.id and m.deleted_at is null"
                        + " and m.overall_response is not null"
                        + " order by m.campaign_id, m.country_id, m.meeting_date desc, m.id desc"
                        + " fetch first 1 row only) from country c order by c.id")
                .param("campaign", campaign)
                .query((rs, n) -> rs.getLong(1) + "=" + rs.getString(2))
                .list();
    }

    private List<String> meetingsPerCountry(long campaign, String hint) {
        java.sql.Date from = jdbc.sql("select max(meeting_date) - 365 from meeting where campaign_id = :campaign")
                .param("campaign", campaign)
                .query(java.sql.Date.class)
                .single();
        return jdbc.sql("select m.country_id, count(*), max(m.meeting_date) from meeting m" + hint
                        + " where m.campaign_id = :campaign and m.deleted_at is null and m.meeting_date >= :from"
                        + " group by m.country_id order by m.country_id")
                .param("campaign", campaign)
                .param("from", from)
                .query((rs, n) -> rs.getLong(1) + "=" + rs.getLong(2) + "@" + rs.getDate(3))
                .list();
    }

    private long deletedCount(String hint) {
        return jdbc.sql("select count(*) from meeting m" + hint + " where m.deleted_at is not null")
                .query(Long.class)
                .single();
    }

    private List<Long> deletedPage(String hint) {
        return jdbc.sql("select m.id from meeting m" + hint + " where m.deleted_at is not null"
                        + " order by m.deleted_at desc, m.id asc offset 0 rows fetch next 50 rows only")
                .query(Long.class)
                .list();
    }

    long blackhole() {
        return blackhole;
    }
}
