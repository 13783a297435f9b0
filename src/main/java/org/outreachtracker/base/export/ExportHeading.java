package org.outreachtracker.base.export;

import java.util.List;

/**
 * What an export says about itself before its rows: its handling marking, what it is, when and
 * by whom it was made, and each filter that chose its rows (CSV: comment lines starting with
 * '#'; Excel: the "About" sheet).
 *
 * @param marking the highest handling marking of what the export holds ("" for none)
 * @param facts label and value pairs, e.g. "Campaign" and its title; "(any)" for a filter not set
 */
public record ExportHeading(String marking, String title, List<Fact> facts) {

    public ExportHeading {
        marking = marking == null ? "" : marking;
        facts = List.copyOf(facts);
    }

    public record Fact(String label, String value) {}
}
