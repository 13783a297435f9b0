package org.outreachtracker.base;

/**
 * Refused because the user's desk or role does not cover this record (for example a desk
 * officer logging a meeting for another desk's country). Nothing has been changed.
 */
public class NotPermittedException extends RuleViolationException {

    private boolean recorded;

    public NotPermittedException(String message) {
        super(message);
    }

    /** Marks the refusal as written to the audit trail; true the first time only. */
    public synchronized boolean markRecorded() {
        if (recorded) {
            return false;
        }
        recorded = true;
        return true;
    }
}
