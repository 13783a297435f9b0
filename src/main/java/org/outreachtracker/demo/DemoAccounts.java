package org.outreachtracker.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.stereotype.Component;

/**
 * The demo accounts: the four people of the README and sign-in page, and one desk account per
 * regional bureau that reports the demo meetings of the other countries (their passwords are
 * random and published nowhere).
 */
@Component
class DemoAccounts {

    /** The first demo officer's desk: East Asia & Pacific and Europe & Eurasia countries. */
    static final List<String> OFFICER_DESK = List.of("JP", "KR", "SG", "AU", "DE", "FR", "PL");
    /** The second demo officer's desk: South & Central Asia and Western Hemisphere countries. */
    static final List<String> OFFICER2_DESK = List.of("IN", "KZ", "BR", "MX", "AR", "CL");

    /** Regional bureaus whose countries a demo desk account covers (those not on a named officer's desk). */
    static final List<String> REGIONAL_BUREAUS = List.of("AF", "EAP", "EUR", "NEA", "SCA", "WHA");

    private final AccountAdminService accounts;
    private final ReferenceService reference;

    DemoAccounts(AccountAdminService accounts, ReferenceService reference) {
        this.accounts = accounts;
        this.reference = reference;
    }

    /** Creates the accounts; the caller runs this as the system. */
    void create() {
        accounts.createDemoAccount(new NewAccount(
                "officer",
                "Olivia Officer (demo)",
                "officer-demo-2026",
                EnumSet.of(Role.DESK_OFFICER),
                desk(OFFICER_DESK)));
        accounts.createDemoAccount(new NewAccount(
                "officer2",
                "Omar Officer (demo)",
                "officer2-demo-2026",
                EnumSet.of(Role.DESK_OFFICER),
                desk(OFFICER2_DESK)));
        for (String bureau : REGIONAL_BUREAUS) {
            accounts.createDemoAccount(new NewAccount(
                    regionalDesk(bureau),
                    bureauName(bureau) + " desk (demo)",
                    UUID.randomUUID().toString(),
                    EnumSet.of(Role.DESK_OFFICER),
                    bureauDesk(bureau)));
        }
        accounts.createDemoAccount(new NewAccount(
                "manager", "Maria Manager (demo)", "manager-demo-2026", EnumSet.of(Role.MANAGER), Set.of()));
        accounts.createDemoAccount(
                new NewAccount("admin", "Adam Admin (demo)", "admin-demo-2026", EnumSet.of(Role.ADMIN), Set.of()));
    }

    /** The demo account that reports meetings for a country. */
    static String deskOfficerFor(CountryRef country) {
        if (OFFICER_DESK.contains(country.code())) {
            return "officer";
        }
        if (OFFICER2_DESK.contains(country.code())) {
            return "officer2";
        }
        return regionalDesk(country.bureauCode());
    }

    static String regionalDesk(String bureau) {
        return "desk-" + bureau.toLowerCase(java.util.Locale.ROOT);
    }

    private String bureauName(String bureau) {
        return reference.bureaus().stream()
                .filter(r -> r.code().equals(bureau))
                .findFirst()
                .orElseThrow()
                .name();
    }

    private Set<Long> bureauDesk(String bureau) {
        return reference.countries().stream()
                .filter(c -> c.bureauCode().equals(bureau))
                .map(CountryRef::id)
                .collect(Collectors.toSet());
    }

    private Set<Long> desk(List<String> codes) {
        return codes.stream()
                .map(code -> reference
                        .countryByCode(code)
                        .orElseThrow(() -> new IllegalStateException("Demo desk country missing: " + code)))
                .map(CountryRef::id)
                .collect(Collectors.toSet());
    }
}
