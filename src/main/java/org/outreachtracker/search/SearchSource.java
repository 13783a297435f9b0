package org.outreachtracker.search;

import java.util.List;

/**
 * A feature's records as global search sees them. Each feature that has records to find provides
 * one; the search index reads through it when it fills itself for records written before it
 * existed.
 */
public interface SearchSource {

    /** The kind of record this source provides. */
    SearchKind kind();

    /**
     * The documents of live records (not deleted, not merged away) with an id above {@code afterId},
     * in id order, at most {@code limit}.
     */
    List<SearchDocument> documentsAfter(long afterId, int limit);

    /** How many live records have an id above {@code afterId}. */
    long countAfter(long afterId);
}
