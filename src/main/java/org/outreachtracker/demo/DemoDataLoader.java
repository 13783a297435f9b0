package org.outreachtracker.demo;

import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.base.StartupLock;
import org.outreachtracker.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * In demo mode, fills an empty database (one without any account) with the demo accounts and
 * the demo outreach.
 * A database that already has accounts is left alone, so restarts keep what users changed.
 * Several nodes starting together on one empty database fill it once: the check and the filling
 * run under the {@link StartupLock}.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties demo;
    private final SystemAccess systemAccess;
    private final AccountAdminService accounts;
    private final DemoAccounts demoAccounts;
    private final DemoOutreach demoOutreach;
    private final DemoTaskings demoTaskings;
    private final DemoNotifications demoNotifications;
    private final DemoDirectory demoDirectory;
    private final StartupLock startupLock;

    DemoDataLoader(
            DemoProperties demo,
            SystemAccess systemAccess,
            AccountAdminService accounts,
            DemoAccounts demoAccounts,
            DemoOutreach demoOutreach,
            DemoTaskings demoTaskings,
            DemoNotifications demoNotifications,
            DemoDirectory demoDirectory,
            StartupLock startupLock) {
        this.demoNotifications = demoNotifications;
        this.demoDirectory = demoDirectory;
        this.demoTaskings = demoTaskings;
        this.demo = demo;
        this.systemAccess = systemAccess;
        this.accounts = accounts;
        this.demoAccounts = demoAccounts;
        this.demoOutreach = demoOutreach;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        startupLock.runExclusively(StartupLock.FIRST_START, this::fillEmptyDatabase);
    }

    private void fillEmptyDatabase() {
        if (systemAccess.asSystem(accounts::anyAccountExists)) {
            log.info("Demo mode: the database already has accounts; no demo data added.");
            return;
        }
        long started = System.nanoTime();
        systemAccess.asSystem(() -> {
            demoAccounts.create();
        });
        DemoOutreach.Created created = demoOutreach.create();
        demoTaskings.create();
        demoDirectory.create();
        demoNotifications.create();
        log.info(
                "Demo mode: demo accounts, {} campaigns, {} counterparts, {} meetings and {} follow-ups created in {} ms.",
                created.campaigns(),
                created.counterparts(),
                created.meetings(),
                created.followUps(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
