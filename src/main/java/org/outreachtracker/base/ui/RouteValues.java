package org.outreachtracker.base.ui;

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
}
