package org.outreachtracker.coverage.ui;

import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.RegionRef;

/** One country's coverage with the names to show it by. */
record CoverageRow(CountryRef country, RegionRef region, CountryCoverage coverage) {

    String name() {
        return country.name();
    }
}
