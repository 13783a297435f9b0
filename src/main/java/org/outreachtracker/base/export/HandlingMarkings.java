package org.outreachtracker.base.export;

import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which handling marking a product (an export, a brief, a cable draft) carries: the highest of
 * the system's baseline (the banner text, {@code outreach.ui.banner-text}) and the markings of the
 * records it draws on, ranked by an order the caller gives (first = lowest; for meetings,
 * {@code outreach.meetings.handling-markings}). A marking that is not in the order ranks below
 * those that are.
 */
@Component
public class HandlingMarkings {

    private final String baseline;

    HandlingMarkings(@Value("${outreach.ui.banner-text:}") String baseline) {
        this.baseline = baseline == null ? "" : baseline.strip();
    }

    /** The marking of a product that draws on no marked records: the baseline; "" when there is none. */
    public String baseline() {
        return baseline;
    }

    /** The marking of a product that draws on records with these markings; "" when there is none at all. */
    public String highest(List<String> order, Collection<String> markings) {
        String highest = baseline;
        int rank = order.indexOf(baseline);
        for (String marking : markings) {
            String candidate = marking == null ? "" : marking.strip();
            int candidateRank = order.indexOf(candidate);
            if (!candidate.isEmpty() && (candidateRank > rank || highest.isEmpty())) {
                highest = candidate;
                rank = candidateRank;
            }
        }
        return highest;
    }
}
