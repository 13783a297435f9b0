package org.outreachtracker.account;

/** Whether an account can be used now, as administrators see it (the first that applies). */
public enum AccountState {
    DEACTIVATED("Deactivated"),
    LOCKED("Locked"),
    PASSWORD_CHANGE_REQUIRED("Must change password"),
    ACTIVE("Active");

    private final String label;

    AccountState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
