package org.outreachtracker.meeting;

import java.util.List;

/** A numbered paragraph of a reporting cable: its heading and one line per item. */
public record CableParagraph(String heading, List<String> lines) {

    public CableParagraph {
        lines = List.copyOf(lines);
    }
}
