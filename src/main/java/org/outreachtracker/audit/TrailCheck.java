package org.outreachtracker.audit;

import java.time.Instant;

/**
 * What a check of the audit trail's seals found.
 *
 * @param checked how many events were checked
 * @param lastNumber the number of the last event the chain's head recorded when the check began
 * @param lastHash that event's seal, to note down elsewhere: a trail rewritten from the start
 *        would need a different one
 * @param firstBreak the first broken link, or null when every link holds
 */
public record TrailCheck(long checked, long lastNumber, String lastHash, Instant checkedAt, TrailBreak firstBreak) {

    public boolean intact() {
        return firstBreak == null;
    }

    /** One sentence for people. */
    public String summary() {
        if (intact()) {
            return "The audit trail is intact: " + checked + (checked == 1 ? " event" : " events")
                    + " checked, every link holds.";
        }
        return "The audit trail is broken. " + firstBreak.explanation();
    }
}
