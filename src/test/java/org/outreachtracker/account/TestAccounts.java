package org.outreachtracker.account;

import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts accounts into states that tests outside this package need (a lock, as after failed sign-ins;
 * no roles at all, which the administrators' page does not allow).
 */
public final class TestAccounts {

    private TestAccounts() {}

    public static void lock(ApplicationContext context, String username) {
        UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
        long id = accounts.findByUsername(username).orElseThrow().requireId();
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(
                        status -> accounts.lock(id, context.getBean(Clock.class).instant()));
    }

    /** Takes every role away from the account (as a change of the account: its version goes up). */
    public static void removeAllRoles(ApplicationContext context, String username) {
        UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            UserAccount account = accounts.findByUsername(username).orElseThrow();
            account.setRoles(java.util.Set.of());
            account.setDeskCountryIds(java.util.Set.of());
            accounts.saveAndFlush(account);
        });
    }
}
