package org.outreachtracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.search.GlobalSearchService;
import org.outreachtracker.search.SearchResults;
import org.outreachtracker.search.SearchTerms;
import org.outreachtracker.security.TestSignIn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scenario h, global search: first the wait for the search index to be filled in the background
 * (a data set written before the index existed, or by the bulk writer, is indexed at the
 * application's first start), then {@link GlobalSearchService#search} for a common word, a rare
 * name and a common and a rare word together, against the plain {@code LIKE} search of meeting
 * summaries and counterpart names it replaces; and the meetings list filtered by free text, which
 * now reads the same index, against the list's former {@code LIKE} condition. Runs in-process,
 * signed in as a desk officer.
 */
final class SearchScenarios {

    /** Seconds between two looks at the background fill. */
    private static final int POLL_SECONDS = 30;

    /** How long the fill is watched before its projected duration may stop the scenario. */
    private static final int JUDGE_AFTER_SECONDS = 300;

    /** The window over which the fill's current rate is measured. */
    private static final int RATE_WINDOW_SECONDS = 180;

    /** The kinds of record indexed, with their tables. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("MEETING", "meeting");
        TABLES.put("COUNTERPART", "counterpart");
        TABLES.put("FOLLOW_UP", "follow_up");
        TABLES.put("COMMITMENT", "commitment");
        TABLES.put("CAMPAIGN", "campaign");
    }

    /** What the global search baseline reads, as the application did before the index: at most this many. */
    private static final int BASELINE_LIMIT = GlobalSearchService.COUNTED + 1;

    private final GlobalSearchService search;
    private final MeetingService meetings;
    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final Results results;
    private final Runnable touchMeetings;
    private final BenchDataParameters database;
    private final int warmups;
    private final int runs;
    private final int baselineRuns;
    private final Random random = new Random(8);
    private final long maxMeetingId;
    private final long maxCounterpartId;
    private long blackhole;

    SearchScenarios(
            ConfigurableApplicationContext context,
            Results results,
            Runnable touchMeetings,
            BenchDataParameters database,
            int warmups,
            int runs,
            int baselineRuns) {
        this.search = context.getBean(GlobalSearchService.class);
        this.meetings = context.getBean(MeetingService.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.users = context.getBean(UserDetailsService.class);
        this.results = results;
        this.touchMeetings = touchMeetings;
        this.database = database;
        this.warmups = warmups;
        this.runs = runs;
        this.baselineRuns = baselineRuns;
        this.maxMeetingId = single("select coalesce(max(id), 1) from meeting");
        this.maxCounterpartId = single("select coalesce(max(id), 1) from counterpart");
    }

    // ------------------------------------------------------------------ the background fill

    /**
     * Waits until the search index has been filled, printing its progress. Gives up, and says so
     * in the results, when at the rate of the last minutes the fill would end more than
     * {@code limitMinutes} after the application started.
     *
     * @param readyNanos when the application had started (and the fill with it), by {@link System#nanoTime()}
     * @return whether the index is complete
     */
    boolean awaitIndex(long readyNanos, int limitMinutes) {
        String measure = "search index filled in the background after start-up";
        try {
            Map<String, Long> totals = new LinkedHashMap<>();
            TABLES.forEach((kind, table) -> totals.put(kind, single("select coalesce(max(id), 0) from " + table)));
            long total = totals.values().stream().mapToLong(Long::longValue).sum();
            long sizeBefore = fileSize();
            long doneAtStart = done(totals);
            if (unfinished() == 0) {
                results.detail(String.format(
                        Locale.ROOT,
                        "Scenario h: the search index was complete when the application started (%,d " + wordsName()
                                + ", %,d search_entry rows, " + sizeName() + " %,d MB).",
                        wordsStored(),
                        single("select count(*) from search_entry"),
                        sizeBefore / 1_000_000));
                return true;
            }
            results.detail(String.format(
                    Locale.ROOT,
                    "Scenario h: the search index is being filled (%,d of %,d record ids done when the"
                            + " scenario began; " + sizeName() + " %,d MB). Load average %s.",
                    doneAtStart,
                    total,
                    sizeBefore / 1_000_000,
                    Bench.loadAverage()));
            Deque<long[]> window = new ArrayDeque<>();
            window.add(new long[] {System.nanoTime(), doneAtStart});
            Phases phases = new Phases(totals, backfill());
            while (unfinished() > 0) {
                sleep(POLL_SECONDS);
                long now = System.nanoTime();
                long done = done(totals);
                phases.seen(backfill(), (now - readyNanos) / 1e9);
                window.addLast(new long[] {now, done});
                while (window.size() > 2 && (now - window.peekFirst()[0]) / 1e9 > RATE_WINDOW_SECONDS) {
                    window.removeFirst();
                }
                double windowSeconds = (now - window.peekFirst()[0]) / 1e9;
                double rate = (done - window.peekFirst()[1]) / windowSeconds;
                double elapsed = (now - readyNanos) / 1e9;
                double projected = rate > 0 ? elapsed + (total - done) / rate : Double.POSITIVE_INFINITY;
                System.out.printf(
                        Locale.ROOT,
                        "  h    filling the search index: %s; %,d of %,d ids (%.1f %%), %,.0f ids/s over the last"
                                + " %.0f s, %.1f min so far, about %.0f min in all; load average %s%n",
                        progress(totals),
                        done,
                        total,
                        100.0 * done / total,
                        rate,
                        windowSeconds,
                        elapsed / 60,
                        projected / 60,
                        Bench.loadAverage());
                // No progress over the window is the fill's last step (on H2, building the word index): then
                // only the time limit stops the wait.
                boolean overdue = rate > 0 ? projected > limitMinutes * 60.0 : elapsed > limitMinutes * 60.0;
                if (unfinished() > 0 && elapsed >= JUDGE_AFTER_SECONDS && overdue) {
                    results.add(new Results.Row(
                            "h",
                            String.format(
                                    Locale.ROOT,
                                    "%s: stopped waiting after %.1f min, %,d of %,d ids done (%s)",
                                    measure,
                                    elapsed / 60,
                                    done,
                                    total,
                                    progress(totals)),
                            "—",
                            "—",
                            "",
                            "",
                            "≤ " + limitMinutes + " min",
                            String.format(
                                    Locale.ROOT,
                                    "**no**: %,.0f ids/s lately, about %.0f min in all",
                                    rate,
                                    projected / 60)));
                    results.detail(String.format(
                            Locale.ROOT,
                            "Scenario h stopped waiting for the search index: at %,.0f record ids a second (the"
                                    + " last %.0f s) it would take about %.0f min in all, more than the %d min"
                                    + " allowed (--index-wait); the searches were not measured. Kind by kind (seen"
                                    + " every %d s): %s. %,d search_entry rows so far; "
                                    + sizeName() + " %,d MB (%,d MB when the scenario began). Load average %s."
                                    + " The fill goes on at the next start.",
                            rate,
                            windowSeconds,
                            projected / 60,
                            limitMinutes,
                            POLL_SECONDS,
                            phases,
                            // Not the words stored: H2 locks their table while it builds its index.
                            single("select count(*) from search_entry"),
                            fileSize() / 1_000_000,
                            sizeBefore / 1_000_000,
                            Bench.loadAverage()));
                    return false;
                }
            }
            double took = (System.nanoTime() - readyNanos) / 1e9;
            phases.seen(backfill(), took);
            long terms = wordsStored();
            long entries = single("select count(*) from search_entry");
            results.add(new Results.Row(
                    "h",
                    String.format(
                            Locale.ROOT,
                            "%s (%,d entries, %,d words stored; %,.0f entries/s)",
                            measure,
                            entries,
                            terms,
                            entries / took),
                    String.format(Locale.ROOT, "%.1f min", took / 60),
                    "",
                    "",
                    "",
                    "≤ " + limitMinutes + " min",
                    took <= limitMinutes * 60.0 ? "yes" : "**no**"));
            results.detail(String.format(
                    Locale.ROOT,
                    "Scenario h: the search index was filled %.1f min after the application started (%,.0f"
                            + " entries a second; kind by kind, seen every %d s: %s): %,d search_entry rows,"
                            + " %,d " + wordsName() + " (%.1f words an entry); " + sizeName()
                            + " %,d MB when the"
                            + " scenario began, %,d MB after the fill. Load average %s.",
                    took / 60,
                    entries / took,
                    POLL_SECONDS,
                    phases,
                    entries,
                    terms,
                    (double) terms / Math.max(1, entries),
                    sizeBefore / 1_000_000,
                    fileSize() / 1_000_000,
                    Bench.loadAverage()));
            return true;
        } catch (RuntimeException failure) {
            results.failed("h", measure, failure);
            return false;
        }
    }

    /**
     * When each kind was seen complete. The kinds are filled one after the other, so each one's
     * ids over the time since the one before it was seen complete is its rate (to within a look).
     */
    private static final class Phases {

        private final Map<String, Long> totals;
        private final List<String> finished = new ArrayList<>();
        private final List<String> steps = new ArrayList<>();
        private double last;
        private String current = "";

        Phases(Map<String, Long> totals, List<Fill> start) {
            this.totals = totals;
            start.stream().filter(Fill::finished).forEach(fill -> finished.add(fill.kind()));
        }

        void seen(List<Fill> fills, double elapsed) {
            List<String> now = new ArrayList<>();
            long ids = 0;
            for (Fill fill : fills) {
                if (fill.finished() && !finished.contains(fill.kind())) {
                    now.add(fill.kind().toLowerCase(Locale.ROOT));
                    finished.add(fill.kind());
                    ids += totals.getOrDefault(fill.kind(), 0L);
                }
            }
            if (!now.isEmpty()) {
                steps.add(String.format(
                        Locale.ROOT,
                        "%s done at %.1f min (%,d ids in %.1f min, %,.0f a second)",
                        String.join(" and ", now),
                        elapsed / 60,
                        ids,
                        (elapsed - last) / 60,
                        ids / Math.max(1, elapsed - last)));
                last = elapsed;
            }
            current = fills.stream()
                    .filter(fill -> !fill.finished() && fill.doneThrough() > 0)
                    .map(fill -> String.format(
                            Locale.ROOT,
                            "%s through id %,d of %,d at %.1f min (%,.0f ids a second since the kind before)",
                            fill.kind().toLowerCase(Locale.ROOT),
                            fill.doneThrough(),
                            totals.getOrDefault(fill.kind(), 0L),
                            elapsed / 60,
                            fill.doneThrough() / Math.max(1, elapsed - last)))
                    .collect(Collectors.joining("; "));
        }

        @Override
        public String toString() {
            List<String> all = new ArrayList<>(steps);
            if (!current.isEmpty()) {
                all.add(current);
            }
            return all.isEmpty() ? "nothing seen" : String.join("; ", all);
        }
    }

    /** How far the fill has come: each kind's records done through its last id, summed. */
    private long done(Map<String, Long> totals) {
        long done = 0;
        for (var row : backfill()) {
            long max = totals.getOrDefault(row.kind(), 0L);
            done += row.finished() ? max : Math.min(max, row.doneThrough());
        }
        return done;
    }

    private String progress(Map<String, Long> totals) {
        return backfill().stream()
                .map(row -> row.kind().toLowerCase(Locale.ROOT) + " "
                        + (row.finished()
                                ? "done"
                                : String.format(
                                        Locale.ROOT,
                                        "%,d/%,d",
                                        row.doneThrough(),
                                        totals.getOrDefault(row.kind(), 0L))))
                .collect(Collectors.joining(", "));
    }

    private record Fill(String kind, long doneThrough, boolean finished) {}

    private List<Fill> backfill() {
        return jdbc.sql("select kind, done_through, finished from search_backfill order by kind")
                .query((rs, n) -> new Fill(rs.getString(1), rs.getLong(2), rs.getBoolean(3)))
                .list();
    }

    private long unfinished() {
        return single("select count(*) from search_backfill where not finished");
    }

    /** The database file's size on H2; on PostgreSQL the data set's schema's (tables, indexes, TOAST). */
    private long fileSize() {
        if (database.postgres()) {
            return single("""
                    select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = current_schema() and c.relkind in ('r', 'm')""");
        }
        try {
            return Files.size(database.dataFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String sizeName() {
        return database.postgres() ? "schema" : "database file";
    }

    private String wordsName() {
        return database.postgres() ? "words (tsvector lexemes)" : "search_term rows";
    }

    /**
     * The words the index stores: rows of {@code search_term} on H2, lexemes of the entries'
     * {@code tsvector}s on PostgreSQL.
     */
    private long wordsStored() {
        return single(
                database.postgres()
                        ? "select coalesce(sum(length(terms)), 0) from search_entry"
                        : "select count(*) from search_term");
    }

    private static void sleep(int seconds) {
        try {
            Thread.sleep(seconds * 1_000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the search index", e);
        }
    }

    // ------------------------------------------------------------------ the searches

    /** The searches measured, once the index is complete. */
    void run() {
        String officer = jdbc.sql("""
                        select u.username from app_user u
                        join app_user_role r on r.user_id = u.id and r.role = 'DESK_OFFICER'
                        where u.enabled and not u.locked and u.username like 'bench-officer-%'
                          and not exists (select 1 from app_user_role m where m.user_id = u.id and m.role = 'MANAGER')
                        order by u.id fetch first 1 row only""").query(String.class).single();
        TestSignIn.as(users, officer);
        Words words;
        try {
            words = words();
        } catch (RuntimeException failure) {
            results.failed("h", "choosing the words searched", failure);
            return;
        }
        results.detail(String.format(
                Locale.ROOT,
                "Scenario h searches as %s (a desk officer), every kind. Words: \"%s\" (common: %,d meetings,"
                        + " %,d counterparts, %,d follow-ups hold it), the name \"%s\" (%d live counterparts"
                        + " have it; its words are held by %s), \"%s\" (rare: the country with the fewest meetings,"
                        + " %,d of them hold it, %,d records of every kind).",
                officer,
                words.common(),
                words.commonMeetings(),
                held(words.common(), "COUNTERPART"),
                held(words.common(), "FOLLOW_UP"),
                words.name(),
                words.nameCount(),
                words.nameWordsHeld(),
                words.rare(),
                words.rareMeetings(),
                held(words.rare(), null)));
        globalSearch("a common word", words.common(), List.of(words.common()));
        globalSearch(
                "a rare name",
                words.name(),
                List.of(words.name().toLowerCase(Locale.ROOT).split(" ")));
        globalSearch("a rare word", words.rare(), List.of(words.rare()));
        globalSearch(
                "a common and a rare word", words.common() + " " + words.rare(), List.of(words.common(), words.rare()));
        meetingsList("a common word", words.common());
        meetingsList("a rare word", words.rare());
        meetingsList("a rare name", words.name());
    }

    /**
     * The words searched.
     *
     * @param common a word of very many meeting summaries ("ministry": two of the six closing sentences)
     * @param name the full name shared by the fewest live counterparts
     * @param rare the one-word name of the country with the fewest live meetings
     */
    private record Words(
            String common,
            long commonMeetings,
            String name,
            long nameCount,
            String nameWordsHeld,
            String rare,
            long rareMeetings) {}

    private Words words() {
        String common = "ministry";
        long commonMeetings = held(common, "MEETING");
        record Named(String name, long count) {}
        // The rarest full names; of those, the one whose words the fewest records hold.
        List<Named> rarest = jdbc.sql("""
                        select name, count(*) from counterpart
                        where deleted_at is null and merged_into_id is null
                        group by name order by count(*), name fetch first 10 rows only""")
                .query((rs, n) -> new Named(rs.getString(1), rs.getLong(2)))
                .list();
        Named name = null;
        long fewest = Long.MAX_VALUE;
        for (Named candidate : rarest) {
            long holding = 0;
            for (String word : SearchTerms.of(candidate.name())) {
                holding += held(word, null);
            }
            if (holding < fewest) {
                fewest = holding;
                name = candidate;
            }
        }
        String nameWordsHeld = SearchTerms.of(name.name()).stream()
                .map(word -> String.format(
                        Locale.ROOT,
                        "\"%s\" %,d counterparts and %,d meetings",
                        word,
                        held(word, "COUNTERPART"),
                        held(word, "MEETING")))
                .collect(Collectors.joining(", "));
        // The country with the fewest live meetings whose name is one word.
        List<String> byMeetings = jdbc.sql("""
                        select c.name from meeting m join country c on c.id = m.country_id
                        where m.deleted_at is null group by c.name order by count(*), c.name""").query(String.class).list();
        String rare = byMeetings.stream()
                .filter(country -> country.chars().allMatch(c -> c < 0x80)
                        && !country.contains(" ")
                        && SearchTerms.of(country).size() == 1)
                .map(country -> SearchTerms.of(country).getFirst())
                .findFirst()
                .orElseThrow();
        return new Words(common, commonMeetings, name.name(), name.count(), nameWordsHeld, rare, held(rare, "MEETING"));
    }

    /** How many records of a kind (or of every kind, {@code null}) hold a word, as the index has it. */
    private long held(String word, String kind) {
        return jdbc.sql((database.postgres()
                                ? "select count(*) from search_entry where terms @@ plainto_tsquery('simple', :term)"
                                : "select count(*) from search_term where term = :term")
                        + (kind == null ? "" : " and kind = :kind"))
                .param("term", word)
                .params(kind == null ? Map.of() : Map.of("kind", kind))
                .query(Long.class)
                .single();
    }

    private void globalSearch(String which, String text, List<String> words) {
        String measure = "global search, " + which + " (\"" + text + "\")";
        try {
            SearchResults found = search.search(text);
            List<Long> naive = naiveSearch(words);
            Stats service = time(() -> search.search(text), runs);
            Stats baseline = time(() -> naiveSearch(words), baselineRuns);
            boolean met = service.median() <= 100 && service.p95() <= 300;
            results.add(new Results.Row(
                    "h",
                    measure + ": " + groups(found) + "; baseline found " + naive.get(0) + " meetings and "
                            + naive.get(1) + " counterparts",
                    Stats.ms(service.median()),
                    Stats.ms(service.p95()),
                    Stats.ms(baseline.median()) + " (p95 " + Stats.ms(baseline.p95()) + ")",
                    Results.ratio(service.median() / baseline.median()),
                    "p50 ≤ 100 ms, p95 ≤ 300 ms",
                    met ? "yes" : "**no**"));
            loadAverage(measure, service);
        } catch (RuntimeException failure) {
            results.failed("h", measure, failure);
        }
    }

    /** Each group's matches as the search counted them ("100+" when there were more). */
    private static String groups(SearchResults found) {
        if (found.groups().isEmpty()) {
            return "nothing found";
        }
        return found.groups().stream()
                .map(group -> group.kind().label().toLowerCase(Locale.ROOT) + " " + group.matches()
                        + (group.more() ? "+" : ""))
                .collect(Collectors.joining(", "));
    }

    /**
     * The baseline: the search the application had before the index, a plain {@code LIKE} over
     * the meetings' summaries (newest first) and the counterparts' names, at most
     * {@link #BASELINE_LIMIT} of each; every word must appear.
     *
     * @return how many meetings and counterparts it found
     */
    private List<Long> naiveSearch(List<String> words) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> inSummary = new ArrayList<>();
        List<String> inName = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            parameters.put("w" + i, "%" + words.get(i).toLowerCase(Locale.ROOT) + "%");
            inSummary.add("lower(summary) like :w" + i);
            inName.add("lower(name) like :w" + i);
        }
        parameters.put("limit", BASELINE_LIMIT);
        long found = jdbc.sql("select id from meeting where deleted_at is null and " + String.join(" and ", inSummary)
                        + " order by meeting_date desc, id desc limit :limit")
                .params(parameters)
                .query(Long.class)
                .list()
                .size();
        long people = jdbc.sql("select id from counterpart where deleted_at is null and merged_into_id is null and "
                        + String.join(" and ", inName) + " order by sort_name, id limit :limit")
                .params(parameters)
                .query(Long.class)
                .list()
                .size();
        return List.of(found, people);
    }

    // ------------------------------------------------------------------ the meetings list

    /**
     * The meetings list filtered by free text, as the list opens: counted once, then its first
     * page of 50, newest first. The baseline is the list's condition before the index (the whole
     * text as a {@code LIKE} pattern over the summary and the names of the counterparts met).
     */
    private void meetingsList(String which, String text) {
        String name = "meetings list, text filter, " + which + " (\"" + text + "\")";
        try {
            MeetingFilter filter = new MeetingFilter(null, null, null, null, null, false, null, null, text, null, null);
            long total = meetings.count(filter);
            long before = naiveListCount(text);
            var pageable = PageRequest.of(0, QueryScenarios.PAGE_SIZE, Sort.by(Sort.Direction.DESC, "meetingDate"));
            Stats count = time(() -> meetings.count(filter), runs);
            Stats naiveCount = time(() -> naiveListCount(text), baselineRuns);
            Stats page = time(() -> meetings.page(filter, pageable, total), runs);
            Stats naivePage = time(() -> naiveListPage(text), baselineRuns);
            results.add(new Results.Row(
                    "h",
                    "count, " + name + ": " + total + " meetings (the former condition: " + before + ")",
                    Stats.ms(count.median()),
                    Stats.ms(count.p95()),
                    Stats.ms(naiveCount.median()) + " (p95 " + Stats.ms(naiveCount.p95()) + ")",
                    Results.ratio(count.median() / naiveCount.median()),
                    "",
                    ""));
            loadAverage("count, " + name, count);
            results.add(new Results.Row(
                    "h",
                    "first page of 50, " + name,
                    Stats.ms(page.median()),
                    Stats.ms(page.p95()),
                    Stats.ms(naivePage.median()) + " (p95 " + Stats.ms(naivePage.p95()) + ")",
                    Results.ratio(page.median() / naivePage.median()),
                    "p50 ≤ 50 ms",
                    page.median() <= 50 ? "yes" : "**no**"));
            loadAverage("first page of 50, " + name, page);
        } catch (RuntimeException failure) {
            results.failed("h", name, failure);
        }
    }

    private static final String FORMER_CONDITION = "m.deleted_at is null and (lower(m.summary) like :pattern"
            + " escape '\\' or exists (select 1 from meeting_counterpart tc join counterpart tcp"
            + " on tcp.id = tc.counterpart_id where tc.meeting_id = m.id and lower(tcp.name) like :pattern escape '\\'))";

    private long naiveListCount(String text) {
        return jdbc.sql("select count(*) from meeting m where " + FORMER_CONDITION)
                .param("pattern", pattern(text))
                .query(Long.class)
                .single();
    }

    private List<Long> naiveListPage(String text) {
        return jdbc.sql("select m.id from meeting m where " + FORMER_CONDITION
                        + " order by m.meeting_date desc, m.id desc offset 0 rows fetch next :limit rows only")
                .param("pattern", pattern(text))
                .param("limit", QueryScenarios.PAGE_SIZE)
                .query(Long.class)
                .list();
    }

    /** The list's former pattern: the whole text, lower case, anywhere ({@code %}, {@code _} and {@code \} escaped). */
    private static String pattern(String text) {
        return "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
    }

    // ------------------------------------------------------------------ timing

    /**
     * Times {@code calls} calls after {@code warmups} unmeasured ones. Before every call a meeting
     * with its links (as scenarios a–c do), a counterpart and a meeting's and a counterpart's
     * search entry and words are rewritten unchanged, so that H2's result cache answers none of
     * the measured queries.
     */
    private Stats time(Supplier<?> action, int calls) {
        for (int i = 0; i < warmups; i++) {
            touch();
            blackhole += System.identityHashCode(action.get());
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            touch();
            long started = System.nanoTime();
            Object result = action.get();
            nanos[i] = System.nanoTime() - started;
            blackhole += System.identityHashCode(result);
        }
        return Stats.ofNanos(nanos);
    }

    private void touch() {
        touchMeetings.run();
        long meeting = 1 + random.nextLong(maxMeetingId);
        long counterpart = 1 + random.nextLong(maxCounterpartId);
        jdbc.sql("update counterpart set version = version where id = :id")
                .param("id", counterpart)
                .update();
        for (var entry : Map.of("MEETING", meeting, "COUNTERPART", counterpart).entrySet()) {
            jdbc.sql("update search_entry set title = title where kind = :kind and record_id = :id")
                    .param("kind", entry.getKey())
                    .param("id", entry.getValue())
                    .update();
            if (!database.postgres()) {
                jdbc.sql("update search_term set entry_date = entry_date where kind = :kind and record_id = :id")
                        .param("kind", entry.getKey())
                        .param("id", entry.getValue())
                        .update();
            }
        }
    }

    private void loadAverage(String measure, Stats stats) {
        results.detail(String.format(
                Locale.ROOT,
                "- %s: %d samples, max %s; load average %s.",
                measure,
                stats.count(),
                Stats.ms(stats.max()),
                Bench.loadAverage()));
    }

    private long single(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    long blackhole() {
        return blackhole;
    }
}
