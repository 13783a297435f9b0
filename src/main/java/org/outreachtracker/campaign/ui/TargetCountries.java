package org.outreachtracker.campaign.ui;

import java.util.Set;

/** The countries a campaign targets: all of them, or a list. */
record TargetCountries(boolean allCountries, Set<Long> countryIds) {

    static final TargetCountries NONE = new TargetCountries(false, Set.of());

    TargetCountries {
        countryIds = Set.copyOf(countryIds);
    }

    boolean isEmpty() {
        return !allCountries && countryIds.isEmpty();
    }
}
