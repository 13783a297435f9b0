package org.outreachtracker.reference;

import java.util.Set;

/** A post as other features see it, with the ids of the countries it covers. */
public record PostRef(
        long id,
        String code,
        String name,
        PostType type,
        String city,
        long hostCountryId,
        boolean active,
        Set<Long> coveredCountryIds) {

    public PostRef {
        coveredCountryIds = Set.copyOf(coveredCountryIds);
    }

    public boolean covers(long countryId) {
        return coveredCountryIds.contains(countryId);
    }
}
