package org.outreachtracker.search;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.outreachtracker.base.RuleViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Full-text search for the embedded H2 database, whose own full-text indexes neither fold accents
 * and scripts nor combine with other conditions: a table of (word, kind, date, record), indexed by
 * word and then newest first. A search walks the list of its rarest word, newest first, and
 * checks the other words and the exclusions record by record through the primary key, so the
 * newest matches come back after reading little more than themselves, however common the words.
 * It lives in the database, so every node sees the same index.
 */
class WordTableFullText implements FullTextEngine {

    /** Entries carry no date: stored as this day, which sorts them after every dated one. */
    private static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    /**
     * How far a word's list is counted when choosing the rarest word to walk; a word held by at
     * least this many records is common ({@link #selective}).
     */
    static final int RARITY_SAMPLE = 2_000;

    /**
     * The fewest records a fill must add for the word index to be set aside while it runs: below
     * this, adding the words to the index one by one is quick enough.
     */
    static final long BULK_FILL_MINIMUM = 20_000;

    /** The index that finds a word's entries, newest first: as created by V154. */
    private static final String WORD_INDEX = "create index if not exists ix_search_term_word"
            + " on search_term (term, kind, entry_date desc, record_id desc)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final int raritySample;
    private final WordCounts counts = new WordCounts(this::sampleCount);
    private final long bulkFillMinimum;

    /** Set while the word index is being built ({@link #afterFill()}). */
    private volatile boolean building;

    private final ReadWriteLock buildGate = new ReentrantReadWriteLock();

    WordTableFullText(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions) {
        this(jdbc, batch, transactions, RARITY_SAMPLE, BULK_FILL_MINIMUM);
    }

    /** {@code raritySample} and {@code bulkFillMinimum}: see the constants; tests set them lower. */
    WordTableFullText(
            JdbcClient jdbc,
            JdbcTemplate batch,
            TransactionTemplate transactions,
            int raritySample,
            long bulkFillMinimum) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.raritySample = raritySample;
        this.bulkFillMinimum = bulkFillMinimum;
    }

    @Override
    public void write(SearchKind kind, long recordId, LocalDate date, List<String> terms) {
        if (deferredWhileBuilding(kind, recordId)) {
            return;
        }
        delete(kind, recordId);
        Date day = Date.valueOf(date == null ? UNDATED : date);
        batch.batchUpdate(
                "insert into search_term (term, kind, entry_date, record_id) values (?, ?, ?, ?)",
                terms.stream()
                        .map(term -> new Object[] {term, kind.name(), day, recordId})
                        .toList());
    }

    @Override
    public void add(List<Words> entries) {
        List<Object[]> rows = new ArrayList<>();
        for (Words entry : entries) {
            Date day = Date.valueOf(entry.date() == null ? UNDATED : entry.date());
            // In the primary key's order, so that a fill's rows go to the end of it.
            entry.terms().stream()
                    .sorted()
                    .forEach(term -> rows.add(new Object[] {term, entry.kind().name(), day, entry.recordId()}));
        }
        batch.batchUpdate("insert into search_term (term, kind, entry_date, record_id) values (?, ?, ?, ?)", rows);
    }

    /**
     * A fill that adds at least as many records as the index holds, and at least
     * {@link #BULK_FILL_MINIMUM}, drops the word index and builds it again at the end. Each word
     * added to that index lands on a page of its own, which H2 rewrites at every commit: at a
     * million meetings (30 million words) that slowed a fill to 150 meetings a second and grew the
     * file tenfold, while H2 builds the whole index at once, sorted, in minutes. Meanwhile the
     * words of each record are still written, so searches stay correct, but a search by a rare
     * word reads the whole table.
     */
    @Override
    public void beforeFill(long records) {
        long present =
                jdbc.sql("select count(*) from search_entry").query(Long.class).single();
        if (records >= bulkFillMinimum && records >= present) {
            jdbc.sql("drop index if exists ix_search_term_word").update();
        }
    }

    /**
     * Builds the word index if a fill dropped it; nothing if it is there. H2 locks the table while
     * it builds an index (minutes at a million meetings): meanwhile the words of records saved are
     * written afterwards instead of waiting, and searches are refused with a message rather than
     * left waiting.
     */
    @Override
    public void afterFill() {
        if (!wordIndexExists()) {
            beginBuilding();
            try {
                for (int attempt = 1; ; attempt++) {
                    try {
                        jdbc.sql(WORD_INDEX).update();
                        break;
                    } catch (TransientDataAccessException busy) {
                        // A save held the table when the build began; it ends within a moment.
                        if (attempt == 5) {
                            throw busy;
                        }
                    }
                }
            } finally {
                endBuilding();
            }
        }
        writePending();
    }

    /** From now on, saves set their words aside and searches are refused, until {@link #endBuilding()}. */
    void beginBuilding() {
        building = true;
    }

    /**
     * Ends what {@link #beginBuilding()} began, once the transactions that set their words aside
     * have ended, so that every one of them is in search_pending for {@link #afterFill()}.
     */
    void endBuilding() {
        Lock gate = buildGate.writeLock();
        gate.lock();
        building = false;
        gate.unlock();
    }

    /**
     * Whether the words of a record saved now are set aside because the word index is being
     * built: the record goes to search_pending, and this transaction keeps the build from ending
     * until it ends.
     */
    private boolean deferredWhileBuilding(SearchKind kind, long recordId) {
        if (!building) {
            return false;
        }
        Lock gate = buildGate.readLock();
        gate.lock();
        if (!building) {
            gate.unlock();
            return false;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                gate.unlock();
            }
        });
        jdbc.sql("merge into search_pending (kind, record_id) key (kind, record_id) values (:kind, :id)")
                .param("kind", kind.name())
                .param("id", recordId)
                .update();
        return true;
    }

    /** Writes the words of the records saved while the word index was built, from their entries. */
    private void writePending() {
        record Pending(SearchKind kind, long recordId) {}
        List<Pending> pending = jdbc.sql("select kind, record_id from search_pending")
                .query((row, n) -> new Pending(SearchKind.valueOf(row.getString(1)), row.getLong(2)))
                .list();
        for (Pending record : pending) {
            transactions.executeWithoutResult(status -> {
                // The entry's row lock orders this after any save of the record still under way.
                List<Words> entry = jdbc.sql("select title, body, entry_date from search_entry"
                                + " where kind = :kind and record_id = :id for update")
                        .param("kind", record.kind().name())
                        .param("id", record.recordId())
                        .query((row, n) -> new Words(
                                record.kind(),
                                record.recordId(),
                                row.getObject(3, LocalDate.class),
                                SearchTerms.ofEntry(row.getString(1), row.getString(2))))
                        .list();
                delete(record.kind(), record.recordId());
                add(entry);
                jdbc.sql("delete from search_pending where kind = :kind and record_id = :id")
                        .param("kind", record.kind().name())
                        .param("id", record.recordId())
                        .update();
            });
        }
    }

    private boolean wordIndexExists() {
        return jdbc.sql("select count(*) from information_schema.indexes where table_name = 'search_term'"
                                + " and index_name = 'ix_search_term_word'")
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Refuses a search while the word index is being built: it would wait for the whole build. */
    private void ready() {
        if (building) {
            throw RuleViolationException.because("refusal.search.indexing");
        }
    }

    @Override
    public void erase(SearchKind kind, long recordId) {
        if (!deferredWhileBuilding(kind, recordId)) {
            delete(kind, recordId);
        }
    }

    private void delete(SearchKind kind, long recordId) {
        jdbc.sql("delete from search_term where kind = :kind and record_id = :id")
                .param("kind", kind.name())
                .param("id", recordId)
                .update();
    }

    @Override
    public List<Long> newest(SearchKind kind, SearchQuery query, int limit) {
        ready();
        record Found(long id, LocalDate date) {}
        Map<Long, Found> found = new LinkedHashMap<>();
        for (List<String> terms : query.alternatives()) {
            Map<String, Object> parameters = new HashMap<>();
            String sql = alternative(kind, terms, query.excluded(), "w", parameters)
                    // The word and the kind are one value each here: ordering by them first changes
                    // nothing, and lets H2 see that the word index is in this order (H2 matches an
                    // order to an index from the index's first column on), so it reads the newest
                    // entries and stops instead of sorting every entry that holds the word.
                    + " order by t.term, t.kind, t.entry_date desc, t.record_id desc limit :limit";
            parameters.put("limit", limit);
            jdbc.sql(sql)
                    .params(parameters)
                    .query((rs, n) -> new Found(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                    .list()
                    .forEach(hit -> found.putIfAbsent(hit.id(), hit));
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Found::date)
                        .thenComparing(Found::id)
                        .reversed())
                .limit(limit)
                .map(Found::id)
                .toList();
    }

    @Override
    public String recordsMatching(SearchKind kind, SearchQuery query, String prefix, Map<String, Object> parameters) {
        ready();
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < query.alternatives().size(); i++) {
            alternatives.add(alternative(kind, query.alternatives().get(i), query.excluded(), prefix + i, parameters)
                    .replaceFirst("t\\.record_id, t\\.entry_date", "t.record_id"));
        }
        return String.join(" union ", alternatives);
    }

    @Override
    public boolean selective(SearchKind kind, SearchQuery query) {
        ready();
        for (List<String> terms : query.alternatives()) {
            if (terms.stream().mapToInt(term -> counts.count(kind, term)).min().orElse(0) >= raritySample) {
                return false;
            }
        }
        return true;
    }

    /**
     * No: counting a word 882,292 of a million meetings hold in one {@code id in (… union …)} ran
     * for more than 13 minutes on H2, against 16-22 s as one {@code id in (…)} per kind.
     */
    @Override
    public boolean joinsLargeSets() {
        return false;
    }

    @Override
    public String rowMatches(
            SearchKind kind, SearchQuery query, String idColumn, String prefix, Map<String, Object> parameters) {
        ready();
        parameters.put(prefix + "kind", kind.name());
        List<String> alternatives = new ArrayList<>();
        for (int a = 0; a < query.alternatives().size(); a++) {
            List<String> checks = new ArrayList<>();
            List<String> terms = query.alternatives().get(a);
            for (int i = 0; i < terms.size(); i++) {
                checks.add(holds(idColumn, prefix, prefix + a + "t" + i, true));
                parameters.put(prefix + a + "t" + i, terms.get(i));
            }
            alternatives.add(String.join(" and ", checks));
        }
        List<String> exclusions = new ArrayList<>();
        for (int i = 0; i < query.excluded().size(); i++) {
            exclusions.add(holds(idColumn, prefix, prefix + "x" + i, false));
            parameters.put(prefix + "x" + i, query.excluded().get(i));
        }
        return "(" + String.join(" or ", alternatives) + ")"
                + (exclusions.isEmpty() ? "" : " and " + String.join(" and ", exclusions));
    }

    /** Whether the record holds (or does not hold) the word, through the primary key. */
    private static String holds(String idColumn, String prefix, String termParameter, boolean holds) {
        return (holds ? "" : "not ") + "exists (select 1 from search_term w where w.kind = :" + prefix
                + "kind and w.record_id = " + idColumn + " and w.term = :" + termParameter + ")";
    }

    /**
     * One alternative as a query over the word table: the list of its rarest word, the others and
     * the exclusions checked for each record.
     */
    private String alternative(
            SearchKind kind, List<String> terms, List<String> excluded, String prefix, Map<String, Object> parameters) {
        List<String> ordered = new ArrayList<>(terms);
        if (ordered.size() > 1) {
            Map<String, Integer> rarity = new HashMap<>();
            ordered.forEach(term -> rarity.put(term, counts.count(kind, term)));
            ordered.sort(Comparator.comparing(rarity::get));
        }
        parameters.put(prefix + "kind", kind.name());
        StringBuilder sql = new StringBuilder("select t.record_id, t.entry_date from search_term t where t.term = :")
                .append(prefix)
                .append("t0 and t.kind = :")
                .append(prefix)
                .append("kind");
        parameters.put(prefix + "t0", ordered.getFirst());
        for (int i = 1; i < ordered.size(); i++) {
            sql.append(" and exists (select 1 from search_term o where o.kind = t.kind and o.record_id = t.record_id"
                            + " and o.term = :")
                    .append(prefix)
                    .append('t')
                    .append(i)
                    .append(')');
            parameters.put(prefix + "t" + i, ordered.get(i));
        }
        for (int i = 0; i < excluded.size(); i++) {
            sql.append(" and not exists (select 1 from search_term x where x.kind = t.kind"
                            + " and x.record_id = t.record_id and x.term = :")
                    .append(prefix)
                    .append('x')
                    .append(i)
                    .append(')');
            parameters.put(prefix + "x" + i, excluded.get(i));
        }
        return sql.toString();
    }

    /** How many records of a kind hold a word, counted up to {@link #RARITY_SAMPLE}. */
    private int sampleCount(SearchKind kind, String term) {
        return jdbc.sql("select count(*) from (select 1 from search_term where term = :term and kind = :kind"
                        + " limit " + raritySample + ")")
                .param("term", term)
                .param("kind", kind.name())
                .query(Integer.class)
                .single();
    }
}
