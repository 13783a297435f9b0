package org.outreachtracker.coverage;

import java.time.LocalDate;

/** Limits which meetings count towards coverage: only those dated within the range (both optional). */
public record CoverageFilter(LocalDate from, LocalDate to) {

    public static CoverageFilter none() {
        return new CoverageFilter(null, null);
    }
}
