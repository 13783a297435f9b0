package org.outreachtracker.followup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A commitment in one line, as the meeting page, the country brief and the cable draft give it. */
public final class CommitmentText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private CommitmentText() {}

    /**
     * "Will review procurement guidance — Olivia Officer checks back on 5 Mar 2027 (due now)" while
     * open; "Will review procurement guidance — partly kept: only the guidance for ministries
     * (Olivia Officer checked back; date set 5 Mar 2027)" once its outcome is recorded.
     */
    public static String of(CommitmentRef commitment, String ownerName) {
        String owner = ownerName == null || ownerName.isBlank() ? "Nobody" : ownerName;
        var text = new StringBuilder(commitment.description()).append(" — ");
        if (commitment.outcome().isOpen()) {
            text.append(owner).append(" checks back on ").append(date(commitment.checkBackDate()));
            if (commitment.due()) {
                text.append(" (due now)");
            }
            return text.toString();
        }
        text.append(commitment.outcome().label().toLowerCase(Locale.ROOT));
        if (commitment.outcomeNote() != null) {
            text.append(": ").append(commitment.outcomeNote());
        }
        return text.append(" (")
                .append(owner)
                .append(" checked back; date set ")
                .append(date(commitment.checkBackDate()))
                .append(')')
                .toString();
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }
}
