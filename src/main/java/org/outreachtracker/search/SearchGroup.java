package org.outreachtracker.search;

import java.util.List;

/**
 * The records of one kind that matched, best first.
 *
 * @param hits the best few
 * @param matches how many matched, counted up to {@code GlobalSearchService.COUNTED}
 * @param more whether more matched than were counted
 */
public record SearchGroup(SearchKind kind, List<SearchHit> hits, int matches, boolean more) {

    public SearchGroup {
        hits = List.copyOf(hits);
    }
}
