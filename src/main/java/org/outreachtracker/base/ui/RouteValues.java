package org.outreachtracker.base.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Values read from addresses: whatever a user types or a bookmark holds, a bad value reads as
 * absent (the page then says what is missing) instead of failing.
 */
public final class RouteValues {

    private RouteValues() {}

    /** A record id: a positive whole number that fits a long; anything else is absent. */
    public static Optional<Long> id(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** A date written the ISO way (2026-03-05); anything else is absent. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** The one value of a parameter, stripped; absent when the parameter is missing, empty or given twice. */
    public static Optional<String> single(QueryParameters parameters, String name) {
        java.util.List<String> values = parameters.getParameters(name);
        return values.size() == 1
                ? Optional.of(values.getFirst().strip()).filter(value -> !value.isEmpty())
                : Optional.empty();
    }
}
