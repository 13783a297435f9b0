package org.outreachtracker.calendar;

import java.time.LocalDate;

/**
 * One day-long entry of a feed: a follow-up or a report falling due.
 *
 * @param uid stable across fetches, so a calendar application updates the entry instead of adding a new one
 * @param title titles only: never a description, a summary or a note
 * @param link the absolute address of the record in the application
 */
record DueDate(String uid, LocalDate date, String title, String link) {}
