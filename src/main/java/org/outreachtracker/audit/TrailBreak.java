package org.outreachtracker.audit;

import java.time.Instant;

/**
 * The first broken link of the audit trail's chain.
 *
 * @param eventId the event at which the chain breaks (the event after a gap, the changed or
 *        misplaced event), or null when events are missing at the end
 * @param number that event's number in the chain
 * @param explanation what is wrong, in a sentence, naming the event
 */
public record TrailBreak(
        Kind kind,
        Long eventId,
        Long number,
        Instant occurredAt,
        String username,
        AuditAction action,
        String explanation) {

    public enum Kind {
        /** Events were removed: numbers are missing, or an event follows one that is no longer there. */
        MISSING("Events missing"),
        /** An event's fields no longer match its seal. */
        CHANGED("Event changed"),
        /** An event is in the wrong place: it was sealed after an event that now comes later. */
        REORDERED("Events reordered"),
        /** An event was put into the chain after it was sealed: the next event was sealed without it. */
        INSERTED("Event added"),
        /** An event carries no seal: it was added past the application. */
        UNSEALED("Event not sealed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
