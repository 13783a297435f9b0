package org.outreachtracker.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and times are written everywhere in the application: "5 Mar 2026", times in UTC. */
public final class Formats {

    /**
     * How a date is written on every page ("5 Mar 2026"); date fields show and read the same
     * ({@link DateFields}): the pattern means the same to Java and to the browser's date picker.
     */
    public static final String DATE_PATTERN = "d MMM yyyy";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(
                    "d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Formats() {}

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /**
     * Sets up a date field the application's way.
     *
     * @deprecated the name is historical (fields used to show ISO dates only); use
     *     {@link DateFields#configure}, which this calls.
     */
    @Deprecated
    public static DatePicker isoDates(DatePicker picker) {
        return DateFields.configure(picker);
    }
}
