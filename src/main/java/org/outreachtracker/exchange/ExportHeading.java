package org.outreachtracker.exchange;

import java.util.List;

/**
 * What an export says about itself before its rows: what it is, when and by whom it was made,
 * and each filter that chose its rows (CSV: comment lines starting with '#'; Excel: the "About"
 * sheet).
 *
 * @param facts label and value pairs, e.g. "Campaign" and its title; "(any)" for a filter not set
 */
public record ExportHeading(String title, List<Fact> facts) {

    public ExportHeading {
        facts = List.copyOf(facts);
    }

    public record Fact(String label, String value) {
    }
}
