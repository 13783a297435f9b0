package org.outreachtracker.counterpart;

import java.util.List;

/** A counterparts file, read and checked row by row; nothing has been written yet. */
public record ImportPreview(String fileName, List<ImportRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(ImportOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
