package org.outreachtracker.account;

import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.outreachtracker.base.NotPermittedException;

/**
 * The desk rule, written once: a manager works on every country; anyone else only on the
 * countries on their desk. Read it from {@link CurrentUser#desk()}.
 *
 * @param everyCountry   whether the user works on every country (a manager)
 * @param deskCountryIds the countries on the user's desk (empty for a manager)
 */
public record DeskRule(boolean everyCountry, Set<Long> deskCountryIds) {

    public DeskRule {
        deskCountryIds = Set.copyOf(deskCountryIds);
    }

    static DeskRule manager() {
        return new DeskRule(true, Set.of());
    }

    /** Whether the user is limited to the countries on their desk. */
    public boolean deskOnly() {
        return !everyCountry;
    }

    /** Whether the user may work on the country. */
    public boolean covers(long countryId) {
        return everyCountry || deskCountryIds.contains(countryId);
    }

    /** Refuses with the given message when the user may not work on the country. */
    public void require(long countryId, String refusal) {
        if (!covers(countryId)) {
            throw new NotPermittedException(refusal);
        }
    }

    /** The countries of the list the user may work on, in the list's order. */
    public <T> List<T> countriesIn(List<T> countries, ToLongFunction<T> countryId) {
        return everyCountry
                ? countries
                : countries.stream()
                        .filter(country -> deskCountryIds.contains(countryId.applyAsLong(country)))
                        .toList();
    }
}
