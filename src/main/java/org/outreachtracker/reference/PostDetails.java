package org.outreachtracker.reference;

import java.util.Set;

/** A post as an administrator edits it, with the version it was read at. */
public record PostDetails(
        long id,
        long version,
        String code,
        String name,
        PostType type,
        String city,
        long hostCountryId,
        boolean active,
        Set<Long> coveredCountryIds) {

    public PostDetails {
        coveredCountryIds = Set.copyOf(coveredCountryIds);
    }

    public PostDraft toDraft() {
        return new PostDraft(code, name, type, city, hostCountryId, active, coveredCountryIds);
    }
}
