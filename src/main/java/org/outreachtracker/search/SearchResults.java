package org.outreachtracker.search;

import java.util.List;

/**
 * What a global search found: a group per kind of record that had matches, in a fixed order.
 *
 * @param empty whether the search held no word to look for (only punctuation or common words)
 * @param indexComplete whether every record written before search existed has been added to it;
 *     until then some older records may be missing
 */
public record SearchResults(String text, List<SearchGroup> groups, boolean empty, boolean indexComplete) {

    public SearchResults {
        groups = List.copyOf(groups);
    }

    /** Whether nothing matched. */
    public boolean nothingFound() {
        return groups.isEmpty();
    }
}
