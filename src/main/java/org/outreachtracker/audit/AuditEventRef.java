package org.outreachtracker.audit;

import java.time.Instant;

/**
 * An audit event as read back.
 *
 * @param authorName the display name of the account {@code username} belongs to, or the username
 *        itself when it is no account's (a name tried at sign-in, "system")
 * @param number the event's place in the sealed chain (1 for the first event), or null for an
 *        event that is not in it
 */
public record AuditEventRef(
        long id,
        Instant occurredAt,
        String username,
        AuditAction action,
        AuditedObject objectType,
        String objectId,
        AuditOutcome outcome,
        String sourceAddress,
        AuditDetails details,
        String authorName,
        Long number) {

    /** How a person is shown in the trail: their name and username. */
    public static String person(String displayName, String username) {
        return displayName == null || displayName.isBlank() || displayName.equals(username)
                ? username
                : displayName + " · " + username;
    }

    public AuditEventRef {
        authorName = authorName == null || authorName.isBlank() ? username : authorName;
    }

    /** Who did it, as people read it: "Dana Desk · officer", or the username alone. */
    public String author() {
        return person(authorName, username);
    }
}
