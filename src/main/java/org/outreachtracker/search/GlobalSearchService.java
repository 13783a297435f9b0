package org.outreachtracker.search;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachtracker.base.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Global search: meetings, counterparts, follow-ups, commitments and campaigns that match what
 * the user typed, grouped by kind, best first, each with a snippet. Officers and managers read
 * every one of these records, so they find every one; administrators read none and may not search.
 * Deleted and merged records have no entry, so they are never found.
 * <p>
 * Ranking: among the newest {@value #COUNTED} matches of a kind, records whose title holds the
 * words come first, then those holding more of the words; ties keep the newest first.
 */
@Service
public class GlobalSearchService {

    /** How many hits of each kind are shown. */
    public static final int SHOWN = 5;

    /** How many matches of each kind are counted and ranked. */
    public static final int COUNTED = 100;

    /** How much of a record's text ranking reads, in characters. */
    private static final int RANKED_TEXT = 2_000;

    private final JdbcClient jdbc;
    private final FullTextEngine engine;

    GlobalSearchService(JdbcClient jdbc, FullTextEngine engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    /**
     * Searches every kind of record.
     *
     * @throws org.outreachtracker.base.RuleViolationException when the search is too long or has too
     *     many words, with a message saying so
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public SearchResults search(String text) {
        SearchQuery query = SearchQuery.parse(text);
        boolean complete = indexComplete();
        if (query.isEmpty()) {
            return new SearchResults(text, List.of(), true, complete);
        }
        List<SearchGroup> groups = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            List<Long> newest = engine.newest(kind, query, COUNTED + 1);
            if (!newest.isEmpty()) {
                List<Long> counted = newest.subList(0, Math.min(COUNTED, newest.size()));
                groups.add(new SearchGroup(kind, best(kind, counted, query), counted.size(), newest.size() > COUNTED));
            }
        }
        return new SearchResults(text, groups, false, complete);
    }

    /** Whether every record written before search existed has been added to its index. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public boolean indexComplete() {
        return jdbc.sql("select count(*) from search_backfill where not finished")
                        .query(Integer.class)
                        .single()
                == 0;
    }

    private List<SearchHit> best(SearchKind kind, List<Long> newest, SearchQuery query) {
        record Entry(long id, String title, String body, LocalDate date, String link) {}
        Map<Long, Entry> entries = new HashMap<>();
        // Pairs of (kind, record): H2 looks a list up in an index only on the index's first column,
        // so "kind = :kind and record_id in (:ids)" read every entry of the kind.
        jdbc.sql("select record_id, title, body, entry_date, link from search_entry where (kind, record_id) in (:keys)")
                .param("keys", keys(kind, newest))
                .query((rs, n) -> new Entry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list()
                .forEach(entry -> entries.put(entry.id(), entry));
        Set<String> wanted = query.wanted();
        Map<Long, Integer> scores = new HashMap<>();
        List<Entry> found = new ArrayList<>();
        for (long id : newest) {
            Entry entry = entries.get(id);
            if (entry != null) {
                found.add(entry);
                scores.put(id, score(entry.title(), entry.body(), wanted));
            }
        }
        // A stable sort: equal scores stay newest first.
        found.sort(Comparator.comparing((Entry entry) -> scores.get(entry.id())).reversed());
        // Only the hits shown need their title and snippet marked; the others are counted.
        return found.stream()
                .limit(SHOWN)
                .map(entry -> new SearchHit(
                        kind,
                        entry.id(),
                        Snippet.whole(entry.title(), wanted),
                        Snippet.of(entry.body().isBlank() ? entry.title() : entry.body(), wanted),
                        entry.date(),
                        entry.link()))
                .toList();
    }

    /** (kind, record id) pairs, for {@code (kind, record_id) in (:keys)}. */
    static List<Object[]> keys(SearchKind kind, List<Long> recordIds) {
        return recordIds.stream().map(id -> new Object[] {kind.name(), id}).toList();
    }

    /** Three points for each wanted word in the title, one for each in the text. */
    private static int score(String title, String body, Set<String> wanted) {
        Set<String> inTitle = new HashSet<>(SearchTerms.of(title));
        Set<String> inBody =
                new HashSet<>(SearchTerms.of(body.length() > RANKED_TEXT ? body.substring(0, RANKED_TEXT) : body));
        int score = 0;
        for (String word : wanted) {
            score += (inTitle.contains(word) ? 3 : 0) + (inBody.contains(word) ? 1 : 0);
        }
        return score;
    }
}
