package org.outreachtracker.account;

/**
 * A generated password for a new or reset account, to be shown to the administrator once and
 * passed on to the person, who must replace it at their next sign-in. Never stored in clear.
 */
public record OneTimePassword(long accountId, String username, String password) {

    @Override
    public String toString() {
        return "OneTimePassword[" + username + "]";
    }
}
