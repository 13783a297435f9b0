package org.outreachtracker.counterpart;

import org.outreachtracker.base.export.CellSafety;

/**
 * One row of a counterparts file and what importing it would do.
 *
 * @param reason why a row is rejected, or what it matched; for a new counterpart empty, or a hint that a
 *     listed counterpart of the country has a name spelled alike
 * @param matchedId the existing counterpart a {@link ImportOutcome#MATCH} row matches
 * @param draft the counterpart a {@link ImportOutcome#CREATE} row creates
 */
public record ImportRow(RawRow raw, ImportOutcome outcome, String reason, Long matchedId, CounterpartDraft draft) {

    public int line() {
        return raw.line();
    }

    /** A cell as the user reads it (an exported, neutralised formula character without its apostrophe). */
    public static String shown(String cell) {
        return cell == null ? "" : CellSafety.restore(cell).strip();
    }
}
