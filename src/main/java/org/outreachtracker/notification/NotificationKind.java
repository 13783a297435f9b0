package org.outreachtracker.notification;

import java.util.Set;
import org.outreachtracker.account.Role;

/** What a notification is about; each person chooses per kind how to hear of it. */
public enum NotificationKind {
    FOLLOW_UP_ASSIGNED("A follow-up is assigned or re-assigned to me", Set.of(Role.DESK_OFFICER, Role.MANAGER)),
    FOLLOW_UP_DUE("A follow-up of mine is due tomorrow, or overdue", Set.of(Role.DESK_OFFICER, Role.MANAGER)),
    TASKING_DUE("A tasking of my desk nears or passes its report-by date", Set.of(Role.DESK_OFFICER)),
    COUNTERPART_MET(
            "Another post met a counterpart I met in the last 30 days", Set.of(Role.DESK_OFFICER, Role.MANAGER)),
    DAILY_SUMMARY("Daily summary of lapsed taskings and overdue follow-ups", Set.of(Role.MANAGER)),
    ACCOUNT_LOCKED("An account was locked after failed sign-ins", Set.of(Role.ADMIN)),
    MAIL_FAILED("A message could not be delivered by e-mail", Set.of(Role.ADMIN));

    private final String label;
    private final Set<Role> roles;

    NotificationKind(String label, Set<Role> roles) {
        this.label = label;
        this.roles = roles;
    }

    public String label() {
        return label;
    }

    /**
     * Whether this kind may come by e-mail. Undeliverable mail is told in the application only:
     * by e-mail it could fail in turn, and tell of itself again.
     */
    public boolean mailable() {
        return this != MAIL_FAILED;
    }

    /** Whether someone with these roles hears of this kind at all. */
    public boolean appliesTo(Set<Role> heldRoles) {
        return heldRoles.stream().anyMatch(roles::contains);
    }
}
