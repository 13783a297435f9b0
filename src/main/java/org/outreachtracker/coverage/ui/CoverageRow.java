package org.outreachtracker.coverage.ui;

import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ui.CountryNames;

/** One country's coverage with the names to show it by. */
record CoverageRow(CountryRef country, BureauRef bureau, CountryCoverage coverage) {

    String name() {
        return CountryNames.of(country);
    }
}
