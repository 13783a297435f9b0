package org.outreachtracker.account;

import org.outreachtracker.base.RuleViolationException;

/** A password change refused because the current password given was not correct. */
public class WrongCurrentPasswordException extends RuleViolationException {

    public WrongCurrentPasswordException() {
        super("The current password is not correct.");
    }
}
