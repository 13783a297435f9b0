package org.outreachtracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A feed as calendar applications read it: RFC 5545 text, one all-day entry per due date. */
class FeedCalendarTest {

    private static final Instant STAMP = Instant.parse("2026-06-17T08:30:00Z");

    @Test
    void eachDueDateIsAnAllDayEntryThatDoesNotMakeThePersonBusy() {
        String text = FeedCalendar.write(
                "Outreach Tracker \u2013 Ana Silva",
                List.of(
                        new DueDate(
                                "follow-up-7@outreach-tracker",
                                LocalDate.of(2026, 12, 31),
                                "Follow-up due: C\u00f4te d'Ivoire \u2013 Ocean; treaty, 2026",
                                "https://outreach.example.org/follow-ups"),
                        new DueDate(
                                "tasking-9@outreach-tracker",
                                LocalDate.of(2027, 1, 4),
                                "Report due: Ocean treaty \u2013 Kenya",
                                "https://outreach.example.org/my-desk")),
                STAMP);

        assertThat(text)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("PRODID:" + FeedCalendar.PRODUCT_ID + "\r\n")
                .contains("X-WR-CALNAME:Outreach Tracker \u2013 Ana Silva\r\n")
                .contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n")
                .contains("UID:follow-up-7@outreach-tracker\r\n")
                .contains("DTSTAMP:20260617T083000Z\r\n")
                .contains("DTSTART;VALUE=DATE:20261231\r\n")
                .contains("DTEND;VALUE=DATE:20270101\r\n")
                .contains("SUMMARY:Follow-up due: C\u00f4te d'Ivoire \u2013 Ocean\\; treaty\\, 2026\r\n")
                .contains("URL:https://outreach.example.org/follow-ups\r\n")
                .contains("TRANSP:TRANSPARENT\r\n")
                .endsWith("END:VCALENDAR\r\n");

        ICalendar parsed = Biweekly.parse(text).first();
        assertThat(parsed.getEvents()).hasSize(2);
        assertThat(parsed.getEvents().get(0).getSummary().getValue())
                .isEqualTo("Follow-up due: C\u00f4te d'Ivoire \u2013 Ocean; treaty, 2026");
    }

    @Test
    void aPersonWithNothingDueGetsAnEmptyCalendarWithItsName() {
        String text = FeedCalendar.write("Outreach Tracker \u2013 Admin", List.of(), STAMP);

        ICalendar parsed = Biweekly.parse(text).first();
        assertThat(parsed.getEvents()).isEmpty();
        assertThat(parsed.getExperimentalProperty("X-WR-CALNAME").getValue())
                .isEqualTo("Outreach Tracker \u2013 Admin");
    }
}
