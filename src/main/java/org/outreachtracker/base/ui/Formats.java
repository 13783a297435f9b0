package org.outreachtracker.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.Names;

/**
 * How dates, times and names are written and ordered on the page: in the language of the page
 * ("5 Mar 2026", "5 mars 2026") and with times in the user's time zone, named ("14:05 CET").
 * Stored times stay in UTC; only the page converts. Without a page (background work) the
 * language is English and the zone UTC.
 */
public final class Formats {

    /**
     * How a date is written on every page ("5 Mar 2026"); date fields show and read the same
     * ({@link DateFields}): the pattern means the same to Java and to the browser's date picker.
     */
    public static final String DATE_PATTERN = "d MMM yyyy";

    private static final String TIME_PATTERN = "HH:mm z";
    private static final ZoneId UTC = ZoneId.of("UTC");

    private Formats() {}

    public static String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern(DATE_PATTERN, locale()).format(date);
    }

    /** "5 Mar 2026 14:05 CET": the date and time in the user's time zone, with the zone named. */
    public static String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern(DATE_PATTERN + " " + TIME_PATTERN, locale())
                        .withZone(zone())
                        .format(instant);
    }

    /** "14:05 CET": the time of day in the user's time zone. */
    public static String time(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern(TIME_PATTERN, locale())
                        .withZone(zone())
                        .format(instant);
    }

    /** The language of the current page; English without one. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Languages.ENGLISH : ui.getLocale();
    }

    /** The time zone the current page shows times in; UTC until one is known. */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        ZoneId zone = ui == null ? null : ComponentUtil.getData(ui, ZoneId.class);
        return zone == null ? UTC : zone;
    }

    /** Sets the time zone a page shows times in (the user's preference, or else their browser's). */
    public static void useZone(UI ui, ZoneId zone) {
        ComponentUtil.setData(ui, ZoneId.class, zone);
    }

    /** Orders names as the page's language does ("São Paulo" before "Sydney", "Émile" beside "Emil"). */
    public static Comparator<String> names() {
        return Comparator.nullsLast(Names.order(locale()));
    }

    /** Orders items by a name of theirs, as {@link #names()} orders names. */
    public static <T> Comparator<T> byName(Function<? super T, String> name) {
        return Comparator.comparing(name, names());
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
