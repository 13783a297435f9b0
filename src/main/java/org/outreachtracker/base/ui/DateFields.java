package org.outreachtracker.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way a date field is set up in the application. It shows dates as every page writes
 * them ({@link Formats#DATE_PATTERN}, "5 Mar 2026") and reads that, the month written out
 * ("5 March 2026", "March 5, 2026") and ISO dates (2026-03-05); weeks start on Monday. What it
 * cannot read gets a message saying what was typed and how to type it. A date written only in
 * numbers ("02/12/2026") is read when only one reading is a real date (25/12/2026); when it could
 * be either day or month first, the field asks for the month as a word instead of guessing.
 *
 * <p>The browser formats and parses with the same patterns (Vaadin's date picker understands
 * the {@code d MMM yyyy} pattern language); anything it cannot read comes to the server, which
 * tries the forms above once more and otherwise answers with the message.
 */
public final class DateFields {

    /** ISO 8601, also what addresses (?from=2026-03-05) and exports use. */
    public static final String ISO_PATTERN = "yyyy-MM-dd";
    /** Also read: the month written out, and the American order with the month first. */
    private static final List<String> OTHER_PATTERNS = List.of("d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy");

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})\\s*[./-]\\s*(\\d{4})");
    private static final List<DateTimeFormatter> READERS = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(Formats.DATE_PATTERN, ISO_PATTERN, "d-MMM-yyyy", "d MMM, yyyy"),
                    OTHER_PATTERNS.stream())
            .map(pattern -> new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(pattern.replace("yyyy", "uuuu"))
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT))
            .toList();

    private DateFields() {}

    /** Sets up a date field the application's way; returns it. */
    public static DatePicker configure(DatePicker picker) {
        var i18n = new DatePicker.DatePickerI18n()
                .setDateFormats(Formats.DATE_PATTERN, concat(ISO_PATTERN, OTHER_PATTERNS))
                .setFirstDayOfWeek(1)
                .setBadInputErrorMessage(howToType(null));
        picker.setI18n(i18n);
        picker.setPlaceholder("e.g. " + Formats.date(LocalDate.of(2026, 3, 5)));
        picker.setFallbackParser(DateFields::read);
        return picker;
    }

    /**
     * The earliest date the field takes, with the message shown for an earlier one (e.g. "The
     * due date cannot be in the past."); the message is completed with the date itself.
     */
    public static DatePicker notBefore(DatePicker picker, LocalDate min, String message) {
        picker.setMin(min);
        picker.setI18n(picker.getI18n()
                .setMinErrorMessage(min == null ? null : message + " The earliest is " + Formats.date(min) + "."));
        return picker;
    }

    /**
     * The latest date the field takes, with the message shown for a later one (e.g. "The
     * meeting cannot be in the future."); the message is completed with the date itself.
     */
    public static DatePicker notAfter(DatePicker picker, LocalDate max, String message) {
        picker.setMax(max);
        picker.setI18n(picker.getI18n()
                .setMaxErrorMessage(max == null ? null : message + " The latest is " + Formats.date(max) + "."));
        return picker;
    }

    /** Two fields giving a range: neither end may pass the other, and each says so. */
    public static void range(DatePicker from, DatePicker to) {
        from.addValueChangeListener(event -> notBefore(to, event.getValue(), "The end cannot be before the start."));
        to.addValueChangeListener(event -> notAfter(from, event.getValue(), "The start cannot be after the end."));
    }

    /** What the field makes of typed text that the browser could not read: a date, or a message. */
    public static Result<LocalDate> read(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return Result.ok(null);
        }
        for (DateTimeFormatter reader : READERS) {
            try {
                return Result.ok(LocalDate.parse(text, reader));
            } catch (DateTimeParseException notThisForm) {
                // Try the next form.
            }
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(2));
            int year = Integer.parseInt(numeric.group(3));
            LocalDate dayFirst = date(year, second, first);
            LocalDate monthFirst = date(year, first, second);
            if (dayFirst != null && (monthFirst == null || monthFirst.equals(dayFirst))) {
                return Result.ok(dayFirst);
            }
            if (monthFirst != null && dayFirst == null) {
                return Result.ok(monthFirst);
            }
            if (dayFirst != null) {
                return Result.error("\"" + shorten(text) + "\" could be " + Formats.date(dayFirst) + " or "
                        + Formats.date(monthFirst) + ". Write the month as a word, as in " + Formats.date(dayFirst)
                        + ", or use " + dayFirst + ".");
            }
        }
        return Result.error(howToType(text));
    }

    private static String howToType(String typed) {
        return (typed == null
                        ? "This is not a date the application can read."
                        : "\"" + shorten(typed) + "\" is not a date the application can read.")
                + " Type it as 5 Mar 2026 or 2026-03-05.";
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    private static String[] concat(String first, List<String> rest) {
        String[] all = new String[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }
}
