package org.outreachtracker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartMergeRef;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.counterpart.NameMatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scenario g, the counterpart directory: the likely duplicates offered while a name is typed
 * (against a naive baseline that reads the country's directory and compares every name), and
 * merging the counterpart with the most meetings into a new entry, then undoing it (the data set is
 * left as it was). Runs in-process, signed in as the bench's manager.
 */
final class DirectoryScenarios {

    private final CounterpartService counterparts;
    private final JdbcClient jdbc;
    private final Results results;
    private final int warmups;
    private final int runs;
    private final SplittableRandom random = new SplittableRandom(7);

    DirectoryScenarios(ConfigurableApplicationContext context, Results results, int warmups, int runs) {
        this.counterparts = context.getBean(CounterpartService.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.results = results;
        this.warmups = warmups;
        this.runs = runs;
    }

    void run() {
        likelyDuplicates();
        merge();
    }

    private void likelyDuplicates() {
        String measure = "likely duplicates of a typed name";
        try {
            long country = jdbc.sql("""
                            select country_id from counterpart where deleted_at is null
                            group by country_id order by count(*) desc, country_id fetch first 1 row only""").query(Long.class).single();
            List<String> names = jdbc.sql("select name from counterpart where country_id = :c and deleted_at is null")
                    .param("c", country)
                    .query(String.class)
                    .list();
            Stats service = time(() -> counterparts
                    .likelyDuplicates(new CounterpartDraft(typed(names), "", "", country, CounterpartLevel.OTHER))
                    .size());
            Stats baseline = time(() -> naiveLikely(country, typed(names)));
            results.add(new Results.Row(
                    "g",
                    measure + " (the country with the most counterparts: " + names.size() + ")",
                    Stats.ms(service.median()),
                    Stats.ms(service.p95()),
                    Stats.ms(baseline.median()),
                    Results.ratio(service.median() / baseline.median()),
                    "p50 ≤ 50 ms",
                    service.median() <= 50 ? "yes" : "**no**"));
        } catch (RuntimeException failure) {
            results.failed("g", measure, failure);
        }
    }

    /** A directory name as someone else would type it: parts reversed, in capitals. */
    private String typed(List<String> names) {
        String name = names.get(random.nextInt(names.size()));
        String[] parts = name.split(" ");
        List<String> reversed = new ArrayList<>(List.of(parts));
        java.util.Collections.reverse(reversed);
        return String.join(" ", reversed).toUpperCase(Locale.ROOT);
    }

    /** The baseline: every live name of the country read and compared, without the indexed key. */
    private int naiveLikely(long country, String typed) {
        String key = NameMatch.key(typed);
        return (int) jdbc
                .sql("select name from counterpart where country_id = :c and deleted_at is null")
                .param("c", country)
                .query(String.class)
                .list()
                .stream()
                .filter(name -> NameMatch.key(name).equals(key))
                .count();
    }

    /** How many meetings the merged counterpart should have (the target is stated for 500). */
    static final int MERGE_MEETINGS = 500;

    /**
     * Merges a counterpart with at least {@link #MERGE_MEETINGS} meetings into a new entry and undoes
     * it, a few times. No generated counterpart has that many, so one is built first by merging the
     * most met ones into a new entry; those merges are undone afterwards, leaving the data set as it was.
     */
    private void merge() {
        String measure = "merge a counterpart with " + MERGE_MEETINGS + " meetings, then undo";
        try {
            List<Long> mostMet = jdbc.sql("""
                            select mc.counterpart_id from meeting_counterpart mc
                            join counterpart c on c.id = mc.counterpart_id and c.deleted_at is null
                            group by mc.counterpart_id order by count(*) desc, mc.counterpart_id
                            fetch first 40 rows only""").query(Long.class).list();
            CounterpartRef first = counterparts.counterpart(mostMet.getFirst()).orElseThrow();
            CounterpartRef big = counterparts.create(copy(first, " (bench: many meetings)"));
            List<CounterpartMergeRef> building = new ArrayList<>();
            int gathered = 0;
            for (long id : mostMet) {
                if (gathered >= MERGE_MEETINGS) {
                    break;
                }
                CounterpartRef keep = counterparts.counterpart(big.id()).orElseThrow();
                CounterpartRef gone = counterparts.counterpart(id).orElseThrow();
                CounterpartMergeRef merge =
                        counterparts.merge(keep.id(), keep.version(), gone.id(), gone.version(), keep.toDraft());
                building.add(merge);
                gathered += merge.meetingsMoved();
            }
            CounterpartRef survivor = counterparts.create(copy(first, " (bench: kept)"));
            int cycles = Math.max(3, runs / 4);
            long[] merging = new long[cycles];
            long[] undoing = new long[cycles];
            int moved = 0;
            for (int i = 0; i < cycles; i++) {
                CounterpartRef keep = counterparts.counterpart(survivor.id()).orElseThrow();
                CounterpartRef gone = counterparts.counterpart(big.id()).orElseThrow();
                long started = System.nanoTime();
                CounterpartMergeRef merge =
                        counterparts.merge(keep.id(), keep.version(), gone.id(), gone.version(), keep.toDraft());
                merging[i] = System.nanoTime() - started;
                moved = merge.meetingsMoved();
                started = System.nanoTime();
                counterparts.undoMerge(merge.id());
                undoing[i] = System.nanoTime() - started;
            }
            for (int i = building.size() - 1; i >= 0; i--) {
                counterparts.undoMerge(building.get(i).id());
            }
            for (long id : List.of(big.id(), survivor.id())) {
                CounterpartRef made = counterparts.counterpart(id).orElseThrow();
                counterparts.delete(made.id(), made.version());
            }
            Stats merges = Stats.ofNanos(merging);
            Stats undos = Stats.ofNanos(undoing);
            results.add(new Results.Row(
                    "g",
                    "merge a counterpart with " + moved + " meetings (" + cycles + " merges; built from "
                            + building.size() + " most met counterparts)",
                    Stats.ms(merges.median()),
                    Stats.ms(merges.p95()),
                    "—",
                    "—",
                    "≤ 1 s for " + MERGE_MEETINGS + " meetings",
                    merges.p95() <= 1000 && moved >= MERGE_MEETINGS ? "yes" : "**no**"));
            results.add(new Results.Row(
                    "g",
                    "undo that merge (" + cycles + " undos)",
                    Stats.ms(undos.median()),
                    Stats.ms(undos.p95()),
                    "—",
                    "—",
                    "—",
                    "—"));
        } catch (RuntimeException failure) {
            results.failed("g", measure, failure);
        }
    }

    private static CounterpartDraft copy(CounterpartRef person, String suffix) {
        return new CounterpartDraft(
                person.name() + suffix, person.title(), person.organization(), person.countryId(), person.level());
    }

    private Stats time(java.util.function.IntSupplier action) {
        long sink = 0;
        for (int i = 0; i < warmups; i++) {
            sink += action.getAsInt();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            sink += action.getAsInt();
            nanos[i] = System.nanoTime() - started;
        }
        if (sink == Long.MIN_VALUE) {
            results.detail("(unreachable; keeps the measured calls from being optimised away)");
        }
        return Stats.ofNanos(nanos);
    }
}
