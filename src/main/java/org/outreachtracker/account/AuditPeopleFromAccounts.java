package org.outreachtracker.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.outreachtracker.audit.AuditPeople;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the audit trail the names behind usernames and whether the reader may see outreach content. */
@Component
class AuditPeopleFromAccounts implements AuditPeople {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    AuditPeopleFromAccounts(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            accounts.findByUsernameIn(usernames).forEach(a -> names.put(a.getUsername(), a.getDisplayName()));
        }
        return names;
    }

    @Override
    public boolean mayReadOutreach() {
        return currentUser.hasRole(Role.DESK_OFFICER) || currentUser.hasRole(Role.MANAGER);
    }
}
