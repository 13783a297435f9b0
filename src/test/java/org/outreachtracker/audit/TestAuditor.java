package org.outreachtracker.audit;

import java.util.EnumSet;
import java.util.Set;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.AccountDraft;
import org.outreachtracker.account.Role;

/**
 * An auditor for tests: an account that is an administrator and also a manager, so it may read
 * the content of outreach records in the audit trail (the demo administrator may not).
 */
public final class TestAuditor {

    private TestAuditor() {}

    /** Creates such an account (as the demo administrator) and returns its username. */
    public static String create(TestOutreach outreach, AccountAdminService accounts) {
        String username = TestOutreach.unique("auditor").replace(' ', '-').toLowerCase();
        outreach.as(
                "admin",
                () -> accounts.create(
                        username, new AccountDraft("Ada Auditor", EnumSet.of(Role.ADMIN, Role.MANAGER), Set.of())));
        return username;
    }
}
