package org.outreachtracker.audit;

/** What happened, as recorded in the audit trail. */
public enum AuditAction {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_OUT("Signed out"),
    ACCOUNT_LOCKED("Account locked"),
    ACCOUNT_UNLOCKED("Account unlocked"),
    ACCOUNT_DEACTIVATED("Account deactivated"),
    ACCOUNT_REACTIVATED("Account reactivated"),
    PASSWORD_CHANGED("Password changed"),
    PASSWORD_RESET("Password reset"),
    SECOND_FACTOR_ENROLLED("Second factor enrolled"),
    SECOND_FACTOR_RESET("Second factor reset"),
    RECOVERY_CODES_RENEWED("Recovery codes renewed"),
    RECOVERY_CODE_USED("Recovery code used"),
    CREATED("Created"),
    CHANGED("Changed"),
    DELETED("Deleted"),
    RESTORED("Restored"),
    EXPORTED("Exported"),
    IMPORTED("Imported"),
    ACCESS_DENIED("Access denied"),
    BACKED_UP("Backup written"),
    TRAIL_VERIFIED("Audit trail checked"),
    UPLOADED("File uploaded"),
    DOWNLOADED("File downloaded"),
    CALENDAR_FEED_READ("Calendar feed fetched");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
