package org.outreachtracker.calendar;

import java.time.Instant;

/**
 * Whether the signed-in person's calendar feed is on, and when its current address was made (null
 * when off). The address itself is shown only when it is made.
 */
public record CalendarFeedStatus(boolean on, Instant addressCreatedAt) {

    static final CalendarFeedStatus OFF = new CalendarFeedStatus(false, null);
}
