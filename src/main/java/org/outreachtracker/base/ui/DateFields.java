package org.outreachtracker.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;
import java.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outreachtracker.base.Languages;

/**
 * The one way a date field is set up in the application, in the page's language. In English it
 * shows dates as every page writes them ({@link Formats#DATE_PATTERN}, "5 Mar 2026") and reads
 * that, the month written out ("5 March 2026", "March 5, 2026") and ISO dates (2026-03-05); weeks
 * start on Monday. A date written only in numbers ("02/12/2026") is read when only one reading is
 * a real date (25/12/2026); when it could be either day or month first, the field asks for the
 * month as a word instead of guessing. In the other languages, whose writers put the day first,
 * the field shows and reads the day first (05/03/2026), and also reads the month written out in
 * that language ("5 mars 2026") and ISO dates; the calendar's names of months and days, and the
 * first day of its weeks, are the language's. What it cannot read gets a message, in the page's
 * language, saying what was typed and how to type it.
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

    /** How dates are written with the day first, in numbers (French, Arabic): 05/03/2026. */
    static final String DAY_FIRST_PATTERN = "dd/MM/yyyy";

    private static final LocalDate EXAMPLE = LocalDate.of(2026, 3, 5);

    /** Sets up a date field the application's way, in the page's language; returns it. */
    public static DatePicker configure(DatePicker picker) {
        Locale locale = Formats.locale();
        var i18n = new DatePicker.DatePickerI18n().setBadInputErrorMessage(howToType(null));
        if (isEnglish(locale)) {
            i18n.setDateFormats(Formats.DATE_PATTERN, concat(ISO_PATTERN, OTHER_PATTERNS))
                    .setFirstDayOfWeek(1);
        } else {
            var symbols = DateFormatSymbols.getInstance(locale);
            i18n.setDateFormats(DAY_FIRST_PATTERN, "d/M/yyyy", "d.M.yyyy", ISO_PATTERN)
                    .setMonthNames(List.of(symbols.getMonths()).subList(0, 12))
                    .setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8))
                    .setWeekdaysShort(shortWeekdays(locale))
                    .setFirstDayOfWeek(firstDayOfWeek(locale))
                    .setToday(Translations.text("base.date.today"))
                    .setCancel(Translations.text("base.date.cancel"));
        }
        picker.setI18n(i18n);
        picker.setPlaceholder(Translations.text("base.date.example", example(locale)));
        picker.setFallbackParser(DateFields::read);
        return picker;
    }

    /**
     * The days' names over the calendar's columns, Sunday first: the language's short names
     * ("lun."), or its narrow ones where even the short names are words (as in Arabic).
     */
    private static List<String> shortWeekdays(Locale locale) {
        List<DayOfWeek> week = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        List<String> shortNames = week.stream()
                .map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                .toList();
        boolean words = shortNames.stream().anyMatch(name -> name.length() > 4);
        return words
                ? week.stream()
                        .map(day -> day.getDisplayName(TextStyle.NARROW, locale))
                        .toList()
                : shortNames;
    }

    /** How the field shows a date in this language: "5 Mar 2026", or "05/03/2026" day first. */
    private static String shown(LocalDate date, Locale locale) {
        return isEnglish(locale)
                ? Formats.date(date)
                : DateTimeFormatter.ofPattern(DAY_FIRST_PATTERN, locale).format(date);
    }

    private static String example(Locale locale) {
        return shown(EXAMPLE, locale);
    }

    /**
     * The day calendars start their weeks on (0 is Sunday): Saturday in much of the Arab world
     * (as in Egypt), Monday elsewhere, as in Europe and ISO 8601. The language alone names no
     * country, so Java's week rules cannot be asked.
     */
    private static int firstDayOfWeek(Locale locale) {
        return locale.getLanguage().equals(Languages.ARABIC.getLanguage()) ? 6 : 1;
    }

    private static boolean isEnglish(Locale locale) {
        return locale.getLanguage().equals(Languages.ENGLISH.getLanguage());
    }

    /**
     * The earliest date the field takes, with the message shown for an earlier one (e.g. "The
     * due date cannot be in the past."); the message is completed with the date itself.
     */
    public static DatePicker notBefore(DatePicker picker, LocalDate min, String message) {
        picker.setMin(min);
        picker.setI18n(picker.getI18n()
                .setMinErrorMessage(
                        min == null
                                ? null
                                : message + " " + Translations.text("base.date.earliest", Formats.date(min))));
        return picker;
    }

    /**
     * The latest date the field takes, with the message shown for a later one (e.g. "The
     * meeting cannot be in the future."); the message is completed with the date itself.
     */
    public static DatePicker notAfter(DatePicker picker, LocalDate max, String message) {
        picker.setMax(max);
        picker.setI18n(picker.getI18n()
                .setMaxErrorMessage(
                        max == null ? null : message + " " + Translations.text("base.date.latest", Formats.date(max))));
        return picker;
    }

    /** Two fields giving a range: neither end may pass the other, and each says so. */
    public static void range(DatePicker from, DatePicker to) {
        from.addValueChangeListener(
                event -> notBefore(to, event.getValue(), Translations.text("base.date.endBeforeStart")));
        to.addValueChangeListener(
                event -> notAfter(from, event.getValue(), Translations.text("base.date.startAfterEnd")));
    }

    /** What the field makes of typed text that the browser could not read: a date, or a message. */
    public static Result<LocalDate> read(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return Result.ok(null);
        }
        Locale locale = Formats.locale();
        if (!isEnglish(locale)) {
            return readDayFirst(text, locale);
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
                return Result.error(Translations.text(
                        "base.date.ambiguous",
                        shorten(text),
                        Formats.date(dayFirst),
                        Formats.date(monthFirst),
                        dayFirst.toString()));
            }
        }
        return Result.error(howToType(text));
    }

    /**
     * Reads a date in a language whose writers put the day first: in numbers (05/03/2026, 5.3.2026),
     * with the month written out in that language ("5 mars 2026"), or ISO.
     */
    private static Result<LocalDate> readDayFirst(String text, Locale locale) {
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            LocalDate date = date(
                    Integer.parseInt(numeric.group(3)),
                    Integer.parseInt(numeric.group(2)),
                    Integer.parseInt(numeric.group(1)));
            return date == null ? Result.error(howToType(text)) : Result.ok(date);
        }
        for (String pattern : List.of(ISO_PATTERN, "d MMMM uuuu", "d MMM uuuu")) {
            try {
                return Result.ok(LocalDate.parse(
                        text,
                        new DateTimeFormatterBuilder()
                                .parseCaseInsensitive()
                                .parseLenient()
                                .appendPattern(pattern.replace("yyyy", "uuuu"))
                                .toFormatter(locale)
                                .withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException notThisForm) {
                // Try the next form.
            }
        }
        return Result.error(howToType(text));
    }

    private static String howToType(String typed) {
        Locale locale = Formats.locale();
        String example = example(locale);
        return typed == null
                ? Translations.text("base.date.unreadable", example)
                : Translations.text("base.date.unreadableTyped", shorten(typed), example);
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
