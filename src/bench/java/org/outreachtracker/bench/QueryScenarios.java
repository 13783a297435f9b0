package org.outreachtracker.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.coverage.CoverageFilter;
import org.outreachtracker.coverage.CoverageService;
import org.outreachtracker.coverage.CoverageStatus;
import org.outreachtracker.coverage.DashboardService;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.TestSignIn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scenarios a (coverage), b (meetings list pages) and c (dashboard figures): the application's
 * own services, called in the application's own context (started in-process on the bench
 * database), signed in as a manager, timed call by call after a warm-up.
 */
final class QueryScenarios {

    static final int PAGE_SIZE = 50;

    private final MeetingService meetings;
    private final CoverageService coverage;
    private final DashboardService dashboard;
    private final org.outreachtracker.tasking.TaskingService taskings;
    private final org.outreachtracker.meeting.MeetingObjectionService objections;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Results results;
    private final int warmups;
    private final int runs;
    private long blackhole;

    QueryScenarios(ConfigurableApplicationContext context, Results results, int warmups, int runs) {
        this.meetings = context.getBean(MeetingService.class);
        this.coverage = context.getBean(CoverageService.class);
        this.dashboard = context.getBean(DashboardService.class);
        this.taskings = context.getBean(org.outreachtracker.tasking.TaskingService.class);
        this.objections = context.getBean(org.outreachtracker.meeting.MeetingObjectionService.class);
        this.campaigns = context.getBean(CampaignService.class);
        this.reference = context.getBean(ReferenceService.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.clock = context.getBean(Clock.class);
        this.results = results;
        this.warmups = warmups;
        this.runs = runs;
        TestSignIn.as(context.getBean(UserDetailsService.class), "bench-manager");
        this.maxMeetingId = jdbc.sql("select coalesce(max(id), 1) from meeting")
                .query(Long.class)
                .single();
    }

    record Campaign(long id, String title, long meetings) {}

    /** The campaign with the most meetings, and the newest active one. */
    List<Campaign> campaignsToMeasure() {
        Campaign largest = jdbc.sql("""
                        select c.id, c.title, count(*) from meeting m join campaign c on c.id = m.campaign_id
                        group by c.id, c.title order by count(*) desc, c.id fetch first 1 row only""")
                .query((rs, n) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .single();
        Campaign active = jdbc.sql("""
                        select c.id, c.title, (select count(*) from meeting m where m.campaign_id = c.id)
                        from campaign c where c.status = 'ACTIVE' order by c.issue_date desc, c.id desc
                        fetch first 1 row only""")
                .query((rs, n) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .single();
        return List.of(largest, active);
    }

    void run(Set<Character> scenarios) {
        List<Campaign> measured = campaignsToMeasure();
        Campaign largest = measured.get(0);
        Campaign active = measured.get(1);
        results.detail("Campaigns measured: the largest, \"" + largest.title() + "\" (" + largest.meetings()
                + " meetings), and the newest active one, \"" + active.title() + "\" (" + active.meetings()
                + " meetings).");
        if (scenarios.contains('a')) {
            coverage(largest, "largest campaign");
            coverage(active, "newest active campaign");
            taskingMap(largest, "largest campaign");
            taskingMap(active, "newest active campaign");
            countryBrief();
        }
        if (scenarios.contains('b')) {
            meetingsList(largest);
        }
        if (scenarios.contains('c')) {
            dashboard(largest, "largest campaign");
            dashboard(active, "newest active campaign");
            wholeDashboard(largest, "largest campaign");
            wholeDashboard(active, "newest active campaign");
        }
    }

    // ------------------------------------------------------------------ a. coverage

    private void coverage(Campaign campaign, String which) {
        String measure = "coverage of the " + which + " (" + campaign.meetings() + " meetings)";
        try {
            List<CountryCoverage> fromService = coverage.coverage(campaign.id(), CoverageFilter.none());
            Map<Long, CoverageStatus> naive = naiveCoverage(campaign.id());
            long differences = fromService.stream()
                    .filter(c -> c.status() != naive.get(c.countryId()))
                    .count();
            Stats service = time(() -> coverage.coverage(campaign.id(), CoverageFilter.none()));
            Stats baseline = time(() -> naiveCoverage(campaign.id()));
            double ratio = service.median() / baseline.median();
            results.add(new Results.Row(
                    "a",
                    measure,
                    Stats.ms(service.median()),
                    Stats.ms(service.p95()),
                    Stats.ms(baseline.median()),
                    Results.ratio(ratio),
                    "p50 ≤ 100 ms",
                    service.median() <= 100 ? "yes" : "**no**"));
            if (differences != 0) {
                results.detail("**Warning**: the naive coverage of " + campaign.title() + " differs from the"
                        + " service's for " + differences + " countries.");
            }
        } catch (RuntimeException failure) {
            results.failed("a", measure, failure);
        }
    }

    /**
     * The country brief's standing of one country in every issued campaign, for the country with
     * the most meetings: shown beside coverage, without a target of its own.
     */
    private void countryBrief() {
        String measure = "one country in every issued campaign (country brief)";
        try {
            var busiest = jdbc.sql("""
                            select c.id, c.name, count(*) from meeting m join country c on c.id = m.country_id
                            group by c.id, c.name order by count(*) desc, c.id fetch first 1 row only""")
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2) + ", " + rs.getLong(3) + " meetings"))
                    .single();
            Stats brief = time(() -> coverage.country(busiest.getKey()));
            results.add(new Results.Row(
                    "a",
                    measure.replace("brief)", "brief of " + busiest.getValue() + ")"),
                    Stats.ms(brief.median()),
                    Stats.ms(brief.p95()),
                    "",
                    "",
                    "",
                    ""));
        } catch (RuntimeException failure) {
            results.failed("a", measure, failure);
        }
    }

    /**
     * The naive baseline: load the campaign's meetings and follow-ups (every column, as loading
     * the rows would) and aggregate in Java with the same rules as {@link CoverageService}.
     */
    Map<Long, CoverageStatus> naiveCoverage(long campaignId) {
        CampaignDetails campaign = campaigns.campaign(campaignId).orElseThrow();
        record Latest(LocalDate date, long id, String response) {}
        Map<Long, Integer> count = new HashMap<>();
        Map<Long, Latest> latest = new HashMap<>();
        jdbc.sql("select * from meeting where campaign_id = :campaign")
                .param("campaign", campaignId)
                .query(rs -> {
                    if (rs.getObject("deleted_at") != null) {
                        return;
                    }
                    long country = rs.getLong("country_id");
                    count.merge(country, 1, Integer::sum);
                    String response = rs.getString("overall_response");
                    if (response != null) {
                        var candidate =
                                new Latest(rs.getObject("meeting_date", LocalDate.class), rs.getLong("id"), response);
                        latest.merge(
                                country,
                                candidate,
                                (a, b) -> a.date().isAfter(b.date()) || a.date().equals(b.date()) && a.id() > b.id()
                                        ? a
                                        : b);
                    }
                    blackhole += rs.getString("summary").length();
                });
        LocalDate today = LocalDate.now(clock);
        Map<Long, int[]> followUps = new HashMap<>();
        jdbc.sql("select * from follow_up where campaign_id = :campaign")
                .param("campaign", campaignId)
                .query(rs -> {
                    String status = rs.getString("status");
                    if ("OPEN".equals(status) || "IN_PROGRESS".equals(status)) {
                        int[] figures = followUps.computeIfAbsent(rs.getLong("country_id"), id -> new int[2]);
                        figures[0]++;
                        if (rs.getObject("due_date", LocalDate.class).isBefore(today)) {
                            figures[1]++;
                        }
                    }
                });
        Map<Long, CoverageStatus> result = new HashMap<>();
        for (CountryRef country : reference.countries()) {
            boolean targeted = campaign.targets(country);
            Integer meetingCount = count.get(country.id());
            Latest last = latest.get(country.id());
            CoverageStatus status = meetingCount == null
                    ? targeted ? CoverageStatus.NOT_APPROACHED : CoverageStatus.NOT_TARGETED
                    : last == null ? CoverageStatus.PENDING : CoverageStatus.valueOf(last.response());
            result.put(country.id(), status);
            blackhole += followUps.getOrDefault(country.id(), new int[2])[1];
        }
        return result;
    }

    // ------------------------------------------------------------------ b. meetings list

    private void meetingsList(Campaign largest) {
        Long europe = reference.bureaus().stream()
                .filter(r -> r.code().equals("EUR"))
                .findFirst()
                .map(r -> r.id())
                .orElse(null);
        Map<String, MeetingFilter> filters = new java.util.LinkedHashMap<>();
        filters.put("no filter", MeetingFilter.none());
        filters.put("campaign filter", MeetingFilter.none().withCampaign(largest.id()));
        filters.put(
                "campaign + bureau + response filter",
                new MeetingFilter(
                        largest.id(),
                        europe,
                        null,
                        null,
                        OverallResponse.RECEPTIVE,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null));
        Sort sort = Sort.by(Sort.Direction.DESC, "meetingDate");
        for (var entry : filters.entrySet()) {
            String name = entry.getKey();
            MeetingFilter filter = entry.getValue();
            try {
                long total = meetings.count(filter);
                Stats count = time(() -> meetings.count(filter));
                results.timed("b", "count, " + name + " (" + total + " meetings)", count, null);
                Stats first = null;
                for (int percent : new int[] {0, 50, 99}) {
                    long page = total * percent / 100 / PAGE_SIZE;
                    Pageable pageable = PageRequest.of((int) page, PAGE_SIZE, sort);
                    Stats stats = time(() -> listPage(filter, pageable, total));
                    String measure = "page of 50 at " + percent + " %, " + name;
                    if (percent == 0) {
                        first = stats;
                        results.timed("b", measure, stats, 50.0);
                    } else {
                        double ratio = stats.median() / first.median();
                        boolean met = stats.median() <= 50 && (percent != 99 || ratio <= 3);
                        results.add(new Results.Row(
                                "b",
                                measure,
                                Stats.ms(stats.median()),
                                Stats.ms(stats.p95()),
                                Stats.ms(first.median()) + " (at 0 %)",
                                Results.ratio(ratio),
                                percent == 99 ? "p50 ≤ 50 ms, ≤ 3× at 0 %" : "p50 ≤ 50 ms",
                                met ? "yes" : "**no**"));
                    }
                }
            } catch (RuntimeException failure) {
                results.failed("b", "meetings list, " + name, failure);
            }
        }
    }

    /**
     * One page of the meetings list, as the grid's fetch callback asks for it (see MeetingsView:
     * the list is counted once per filter, and the count is passed with every page).
     */
    private Object listPage(MeetingFilter filter, Pageable pageable, long total) {
        return meetings.page(filter, pageable, total);
    }

    // ------------------------------------------------------------------ c. dashboard

    private void dashboard(Campaign campaign, String which) {
        String measure = "all dashboard figures, " + which + " (" + campaign.meetings() + " meetings)";
        try {
            Stats stats = time(() -> dashboard.figures(campaign.id()));
            results.timed("c", measure, stats, 300.0);
        } catch (RuntimeException failure) {
            results.failed("c", measure, failure);
        }
    }

    /**
     * Everything the dashboard asks for when it opens on a campaign: the figures, the progress
     * against the report-by date with last week's changes, the expected objections and the
     * meetings that raised them, and the posts to chase.
     */
    private void wholeDashboard(Campaign campaign, String which) {
        String measure = "the whole dashboard on opening (figures, progress, objections, lapsed posts), " + which + " ("
                + campaign.meetings() + " meetings)";
        try {
            Stats stats = time(() -> List.of(
                    dashboard.figures(campaign.id()),
                    dashboard.progress(campaign.id()),
                    campaigns.objections(campaign.id()),
                    objections.counts(campaign.id()),
                    taskings.count(org.outreachtracker.tasking.TaskingFilter.all()
                            .withCampaign(campaign.id())
                            .withLapsedOnly(true))));
            Stats progress = time(() -> dashboard.progress(campaign.id()));
            Stats objectionCounts = time(() -> objections.counts(campaign.id()));
            results.timed("c", measure, stats, 300.0);
            results.timed("c", "of which the progress chart and last week's changes, " + which, progress, null);
            results.timed("c", "of which the objection × bureau counts, " + which, objectionCounts, null);
        } catch (RuntimeException failure) {
            results.failed("c", measure, failure);
        }
    }

    /** The map coloured by tasking state: each country's coverage and its post's tasking state. */
    private void taskingMap(Campaign campaign, String which) {
        String measure = "map coloured by tasking state, " + which + " (" + campaign.meetings() + " meetings)";
        try {
            Stats stats = time(() -> List.of(
                    coverage.coverage(campaign.id(), CoverageFilter.none()), taskings.statesByCountry(campaign.id())));
            results.timed("a", measure, stats, 100.0);
        } catch (RuntimeException failure) {
            results.failed("a", measure, failure);
        }
    }

    // ------------------------------------------------------------------ timing

    /**
     * Times {@code runs} calls after {@code warmups} unmeasured ones. Before every call one meeting
     * and its points, counterparts, follow-ups and the counts kept of it are rewritten
     * unchanged, as logging and editing meetings do all day: H2 reuses the result of an identical
     * query only while none of its tables changed, and without the writes every call after the
     * first would be answered from that cache.
     */
    private Stats time(Supplier<?> action) {
        for (int i = 0; i < warmups; i++) {
            touch();
            blackhole += System.identityHashCode(action.get());
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            touch();
            long started = System.nanoTime();
            Object result = action.get();
            nanos[i] = System.nanoTime() - started;
            blackhole += System.identityHashCode(result);
        }
        return Stats.ofNanos(nanos);
    }

    private final java.util.Random random = new java.util.Random(6);

    void touch() {
        long id = 1 + random.nextInt((int) Math.max(1, maxMeetingId));
        jdbc.sql("update meeting set version = version where id = :id")
                .param("id", id)
                .update();
        jdbc.sql("update meeting_point set reaction = reaction where meeting_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("update meeting_counterpart set counterpart_id = counterpart_id where meeting_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("update follow_up set version = version where id = (select min(id) from follow_up)")
                .update();
        jdbc.sql("update meeting_day_count set meetings = meetings where meeting_date = (select meeting_date"
                        + " from meeting where id = :id)")
                .param("id", id)
                .update();
        jdbc.sql("update point_reaction_count set meetings = meetings where (talking_point_id, reaction) in"
                        + " (select talking_point_id, reaction from meeting_point where meeting_id = :id)")
                .param("id", id)
                .update();
        jdbc.sql("update campaign_country_count set meetings = meetings where (campaign_id, country_id) in"
                        + " (select campaign_id, country_id from meeting where id = :id)")
                .param("id", id)
                .update();
        jdbc.sql("update coverage_meeting set meeting_date = meeting_date where meeting_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("update campaign_day_response_count set meetings = meetings where (campaign_id, meeting_date) in"
                        + " (select campaign_id, meeting_date from meeting where id = :id)")
                .param("id", id)
                .update();
        jdbc.sql("update meeting_campaign_day_count set meetings = meetings where (campaign_id, meeting_date) in"
                        + " (select campaign_id, meeting_date from meeting where id = :id)")
                .param("id", id)
                .update();
        jdbc.sql("update objection_country_count set meetings = meetings where (campaign_id, country_id) in"
                        + " (select campaign_id, country_id from meeting where id = :id)")
                .param("id", id)
                .update();
        jdbc.sql("update tasking set version = version where (campaign_id, country_id) in"
                        + " (select campaign_id, country_id from meeting where id = :id)")
                .param("id", id)
                .update();
        jdbc.sql("update tasking_delivery set meeting_date = meeting_date where meeting_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("update meeting_objection set objection_id = objection_id where meeting_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("update tasking_state_change set changed_by = changed_by"
                        + " where id = (select min(id) from tasking_state_change)")
                .update();
    }

    private long maxMeetingId;

    long blackhole() {
        return blackhole;
    }
}
