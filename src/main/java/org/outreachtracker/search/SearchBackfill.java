package org.outreachtracker.search;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.outreachtracker.base.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds to the search index the records written before it existed. A database that already held
 * records when search arrived is read kind by kind, in batches, in the background after start-up:
 * the application is usable meanwhile, search says its results may be incomplete, and progress
 * is kept in the database, so a restart goes on where it stopped. One node does the work while
 * the others wait for it. Records saved meanwhile are indexed as they are saved, and keep that
 * entry. The engine may set aside what slows a large fill ({@link FullTextEngine#beforeFill}); the
 * kinds filled are marked finished only once it is restored.
 */
@Component
class SearchBackfill {

    private static final Logger log = LoggerFactory.getLogger(SearchBackfill.class);

    /**
     * Records read and indexed per transaction. (2,000 was slower on H2 at a million meetings: 150
     * records a second against 600.)
     */
    static final int BATCH = 500;

    private final List<SearchSource> sources;
    private final SearchIndex index;
    private final FullTextEngine engine;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final StartupLock lock;
    private final boolean fillOnStart;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            runnable -> Thread.ofPlatform().daemon().name("search-backfill").unstarted(runnable));

    SearchBackfill(
            List<SearchSource> sources,
            SearchIndex index,
            FullTextEngine engine,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            StartupLock lock,
            @Value("${outreach.search.fill-on-start:true}") boolean fillOnStart) {
        this.sources = sources;
        this.index = index;
        this.engine = engine;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.lock = lock;
        this.fillOnStart = fillOnStart;
    }

    /**
     * Starts the fill in the background when a kind is unfinished, unless the operator has put it
     * off ({@code outreach.search.fill-on-start=false}): then search finds only the records saved
     * since, and says its results may be incomplete.
     */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!fillOnStart) {
            if (!unfinished().isEmpty()) {
                log.warn("The search index is not complete, and its fill is put off"
                        + " (outreach.search.fill-on-start=false): search finds only records saved since.");
            }
            return;
        }
        if (!unfinished().isEmpty()) {
            worker.execute(() -> {
                try {
                    lock.runExclusively("search-backfill", this::fill);
                } catch (RuntimeException e) {
                    log.error("Filling the search index stopped; it goes on at the next start.", e);
                }
            });
        }
    }

    /** Set when the application stops: the fill ends after the batch it is writing. */
    private volatile boolean stopping;

    @PreDestroy
    void stop() {
        // Not shutdownNow(): interrupting a thread while H2 writes to its file closes the database.
        stopping = true;
        worker.shutdown();
    }

    /**
     * Fills every kind not yet finished; they are marked finished together, once the engine has
     * restored what it set aside for the fill.
     */
    void fill() {
        List<String> unfinished = unfinished();
        List<SearchSource> due = sources.stream()
                .filter(source -> unfinished.contains(source.kind().name()))
                .toList();
        if (due.isEmpty()) {
            return;
        }
        long records = 0;
        for (SearchSource source : due) {
            records += source.countAfter(doneThrough(source));
        }
        log.info("Adding {} records to the search index.", records);
        engine.beforeFill(records);
        for (SearchSource source : due) {
            if (!fill(source)) {
                log.info("Search index: stopped; the fill goes on at the next start.");
                return;
            }
        }
        long started = System.nanoTime();
        engine.afterFill();
        jdbc.sql("update search_backfill set finished = true where kind in (:kinds)")
                .param("kinds", unfinished)
                .update();
        log.info("Search index complete ({} ms to finish it).", (System.nanoTime() - started) / 1_000_000);
    }

    /** Adds a kind's records; false when the application stopped first. */
    private boolean fill(SearchSource source) {
        String kind = source.kind().name();
        long after = doneThrough(source);
        long added = 0;
        boolean finished = false;
        while (!finished) {
            if (stopping) {
                return false;
            }
            long from = after;
            List<SearchDocument> batch = source.documentsAfter(from, BATCH);
            long through = batch.isEmpty() ? from : batch.getLast().recordId();
            finished = batch.size() < BATCH;
            for (int attempt = 1; ; attempt++) {
                try {
                    transactions.executeWithoutResult(status -> {
                        index.putMissing(batch);
                        jdbc.sql("update search_backfill set done_through = :through where kind = :kind")
                                .param("through", through)
                                .param("kind", kind)
                                .update();
                    });
                    break;
                } catch (DataIntegrityViolationException savedMeanwhile) {
                    // A record of the batch was saved, and so indexed, while the batch was written:
                    // read again, the entry is there now and is kept.
                    if (attempt == 3) {
                        throw savedMeanwhile;
                    }
                }
            }
            after = through;
            added += batch.size();
            if (added % (BATCH * 100) == 0) {
                log.info(
                        "Search index: {} {} added so far.",
                        added,
                        source.kind().label().toLowerCase());
            }
        }
        log.info(
                "Search index: {} {} added; this kind is complete.",
                added,
                source.kind().label().toLowerCase());
        return true;
    }

    private long doneThrough(SearchSource source) {
        return jdbc.sql("select done_through from search_backfill where kind = :kind")
                .param("kind", source.kind().name())
                .query(Long.class)
                .single();
    }

    private List<String> unfinished() {
        return jdbc.sql("select kind from search_backfill where not finished")
                .query(String.class)
                .list();
    }
}
