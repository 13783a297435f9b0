package org.outreachtracker.security;

import org.springframework.security.access.AccessDeniedException;

/** Tells other features whether a failure was an access rule refusing the action. */
public final class AccessDenials {

    private AccessDenials() {}

    public static boolean isAccessDenied(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
