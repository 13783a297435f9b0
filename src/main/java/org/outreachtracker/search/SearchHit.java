package org.outreachtracker.search;

import java.time.LocalDate;

/**
 * One record found by global search.
 *
 * @param title the record's title, with the words found marked
 * @param link the route that opens it, relative to the application
 */
public record SearchHit(SearchKind kind, long recordId, Snippet title, Snippet snippet, LocalDate date, String link) {}
