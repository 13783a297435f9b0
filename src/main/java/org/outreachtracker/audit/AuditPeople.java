package org.outreachtracker.audit;

import java.util.Collection;
import java.util.Map;

/**
 * What the audit trail needs to know about people, answered by the accounts feature (which
 * depends on the trail, not the other way round): whose names to show for the usernames it
 * recorded, and whether the person reading it may see the content of outreach records.
 */
public interface AuditPeople {

    /** The display names of those usernames that belong to accounts; others are left out. */
    Map<String, String> displayNames(Collection<String> usernames);

    /** Whether the signed-in user reads outreach records (a desk officer or manager). */
    boolean mayReadOutreach();

    /** When no accounts feature answers: no names, and no outreach content for anyone. */
    AuditPeople NOBODY = new AuditPeople() {
        @Override
        public Map<String, String> displayNames(Collection<String> usernames) {
            return Map.of();
        }

        @Override
        public boolean mayReadOutreach() {
            return false;
        }
    };
}
