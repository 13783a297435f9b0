package org.outreachtracker.base.export;

import java.util.List;

/**
 * What an export says about itself: its handling marking, what it is, when and by whom it was
 * made, and each filter that chose its rows. An Excel file gives all of it on its "About" sheet; a
 * CSV file holds the table only, with the marking in a column of its own ({@link CsvTableSink}).
 * The audit record of the export names the filters too.
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
