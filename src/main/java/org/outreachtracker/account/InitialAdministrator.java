package org.outreachtracker.account;

import org.outreachtracker.base.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * With demo mode off, an installation without any account gets one administrator, "admin",
 * whose one-time password comes from the environment variable {@code OUTREACH_ADMIN_PASSWORD}
 * or is generated and written once to the log. It must be changed at the first sign-in.
 * Several nodes starting together on one empty database create it once (the {@link StartupLock}).
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final String PASSWORD_VARIABLE = "OUTREACH_ADMIN_PASSWORD";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountAdminService accounts;
    private final UserAccountRepository repository;
    private final OneTimePasswords oneTimePasswords;
    private final boolean demoEnabled;
    private final String passwordFromEnvironment;
    private final StartupLock startupLock;

    InitialAdministrator(
            AccountAdminService accounts,
            UserAccountRepository repository,
            OneTimePasswords oneTimePasswords,
            StartupLock startupLock,
            @Value("${outreach.demo.enabled:false}") boolean demoEnabled,
            @Value("${" + PASSWORD_VARIABLE + ":}") String passwordFromEnvironment) {
        this.accounts = accounts;
        this.repository = repository;
        this.oneTimePasswords = oneTimePasswords;
        this.demoEnabled = demoEnabled;
        this.passwordFromEnvironment = passwordFromEnvironment;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoEnabled) {
            return;
        }
        startupLock.runExclusively(StartupLock.FIRST_START, this::createIfNoAccount);
    }

    private void createIfNoAccount() {
        long demoAccounts = repository.countByDemoAccountTrue();
        if (demoAccounts > 0) {
            log.warn(
                    "{} demo accounts exist in this database; they cannot sign in while demo mode is off.",
                    demoAccounts);
        }
        if (repository.count() > 0) {
            return;
        }
        if (!passwordFromEnvironment.isBlank()) {
            accounts.createInitialAdministrator(USERNAME, passwordFromEnvironment);
            log.warn(
                    "Created the first administrator account '{}' with the one-time password from {}."
                            + " It must be changed at the first sign-in.",
                    USERNAME,
                    PASSWORD_VARIABLE);
            return;
        }
        String password = oneTimePasswords.generate(USERNAME);
        accounts.createInitialAdministrator(USERNAME, password);
        log.warn(
                "Created the first administrator account '{}' with the one-time password {}"
                        + " (shown only this once; it must be changed at the first sign-in).",
                USERNAME,
                password);
    }
}
