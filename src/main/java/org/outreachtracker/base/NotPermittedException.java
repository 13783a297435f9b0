package org.outreachtracker.base;

/**
 * Refused because the user's desk or role does not cover this record (for example a desk
 * officer logging a meeting for another desk's country). Nothing has been changed.
 */
public class NotPermittedException extends RuleViolationException {

    public NotPermittedException(String message) {
        super(message);
    }
}
