package org.outreachtracker.calendar;

import java.time.Duration;

/** What a request for a feed gets: the calendar, nothing (an unknown address), or "too many requests". */
public sealed interface CalendarFeedReply {

    /** The calendar in iCalendar format (RFC 5545). */
    record Calendar(String text) implements CalendarFeedReply {}

    /** No feed has this address (never had, revoked, replaced, or its account is deactivated). */
    record NotFound() implements CalendarFeedReply {}

    /** Refused for now: this feed or this client asked too often; it may ask again after the given time. */
    record TooManyRequests(Duration retryAfter) implements CalendarFeedReply {}
}
