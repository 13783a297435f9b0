package org.outreachtracker.calendar;

import biweekly.Biweekly;
import biweekly.ICalDataType;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/** Writes a person's due dates as an iCalendar feed (RFC 5545): one all-day event per due date. */
final class FeedCalendar {

    static final String PRODUCT_ID = "-//Outreach Tracker//Calendar feed//EN";

    /** How often a calendar application is asked to fetch the feed again. */
    private static final Duration REFRESH = Duration.builder().hours(1).build();

    private FeedCalendar() {}

    static String write(String calendarName, List<DueDate> dueDates, Instant stamp) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setName(calendarName);
        // RFC 7986 wants the value type named; biweekly leaves it out for its own refresh property.
        calendar.setExperimentalProperty("REFRESH-INTERVAL", ICalDataType.DURATION, REFRESH.toString());
        // The names most calendar applications read (Outlook, Google Calendar, Apple Calendar).
        calendar.setExperimentalProperty("X-WR-CALNAME", calendarName);
        calendar.setExperimentalProperty("X-PUBLISHED-TTL", REFRESH.toString());
        Date stamped = Date.from(stamp);
        for (DueDate due : dueDates) {
            VEvent event = new VEvent();
            event.setUid(due.uid());
            event.setDateTimeStamp(stamped);
            event.setDateStart(new DateStart(day(due.date()), false));
            event.setDateEnd(new DateEnd(day(due.date().plusDays(1)), false));
            event.setSummary(due.title());
            event.setUrl(due.link());
            // A due date is a reminder, not a meeting: it does not make the person look busy.
            event.setTransparency(true);
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    /**
     * The day as biweekly takes a date without a time: midnight in the default time zone, which is
     * also the zone it writes the date in.
     */
    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
