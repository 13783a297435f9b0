package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestClock;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestAudit;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Account administration through the service, as the demo administrator: each action changes
 * what it should, is refused when it should be, and writes exactly one audit event.
 */
@IntegrationTest
class AccountAdminServiceTest {

    @Autowired
    AccountAdminService admin;

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ReferenceService reference;

    @Autowired
    AuditService auditService;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    TestClock clock;

    TestAudit audit;
    Instant start;
    long japan;
    long korea;

    @BeforeEach
    void signInAsAdministrator() {
        audit = new TestAudit(auditService, systemAccess);
        start = clock.instant();
        TestSignIn.as(users, "admin");
        japan = reference.countryByCode("JP").orElseThrow().id();
        korea = reference.countryByCode("KR").orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void aNewAccountGetsAOneTimePasswordThatMustBeChanged() {
        OneTimePassword created = admin.create("adm-new", draft("Nadia New", Set.of(Role.DESK_OFFICER), japan, korea));

        UserAccount account = repository.findById(created.accountId()).orElseThrow();
        assertThat(created.username()).isEqualTo("adm-new");
        assertThat(created.password()).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        assertThat(passwordEncoder.matches(created.password(), account.getPasswordHash()))
                .isTrue();
        assertThat(account.isPasswordChangeRequired()).isTrue();
        assertThat(admin.account(created.accountId()).orElseThrow().state())
                .isEqualTo(AccountState.PASSWORD_CHANGE_REQUIRED);
        assertThat(audit.events(AuditAction.CREATED, AuditedObject.USER, created.accountId(), start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("admin");
                    assertThat(event.details().changes())
                            .contains(
                                    new FieldChange("username", "", "adm-new"),
                                    new FieldChange("displayName", "", "Nadia New"),
                                    new FieldChange("roles", "", "[DESK_OFFICER]"));
                    assertThat(event.details().changes())
                            .extracting(FieldChange::field)
                            .contains("deskCountryIds");
                    assertThat(event.details().toString()).doesNotContain(created.password());
                });
    }

    @Test
    void editingRecordsWhichFieldsChangedFromWhatToWhat() {
        long id = admin.create("adm-edit", draft("Eddie Edit", Set.of(Role.DESK_OFFICER), japan))
                .accountId();
        long version = admin.account(id).orElseThrow().version();

        admin.update(id, version, draft("Eddie Edited", Set.of(Role.DESK_OFFICER, Role.MANAGER), japan, korea));

        AccountDetails after = admin.account(id).orElseThrow();
        assertThat(after.draft().displayName()).isEqualTo("Eddie Edited");
        assertThat(after.draft().roles()).containsExactlyInAnyOrder(Role.DESK_OFFICER, Role.MANAGER);
        assertThat(after.draft().deskCountryIds()).containsExactlyInAnyOrder(japan, korea);
        assertThat(audit.events(AuditAction.CHANGED, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> assertThat(event.details().changes())
                        .containsExactlyInAnyOrder(
                                new FieldChange("displayName", "Eddie Edit", "Eddie Edited"),
                                new FieldChange("roles", "[DESK_OFFICER]", "[DESK_OFFICER, MANAGER]"),
                                new FieldChange(
                                        "deskCountryIds", "[" + japan + "]", "[" + sorted(japan, korea) + "]")));

        assertThatThrownBy(() -> admin.update(id, version, draft("Stale", Set.of(Role.MANAGER))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(admin.account(id).orElseThrow().draft().displayName()).isEqualTo("Eddie Edited");
    }

    @Test
    void onlyDeskOfficersHaveDeskCountries() {
        assertThatThrownBy(() -> admin.create("adm-desk", draft("Manny Manager", Set.of(Role.MANAGER), japan)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Only desk officers have desk countries");
        assertThat(repository.findByUsername("adm-desk")).isEmpty();
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        long self = repository.findByUsername("admin").orElseThrow().requireId();
        long version = admin.account(self).orElseThrow().version();

        assertThatThrownBy(() -> admin.update(self, version, draft("Adam Admin (demo)", Set.of(Role.MANAGER))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("You cannot take the administrator role away from your own account."
                        + " Another administrator can do it.");
        assertThatThrownBy(() -> admin.deactivate(self, version))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("You cannot deactivate your own account. Another administrator can do it.");
        assertThat(admin.account(self).orElseThrow().draft().roles()).contains(Role.ADMIN);
        assertThat(admin.account(self).orElseThrow().state()).isNotEqualTo(AccountState.DEACTIVATED);
    }

    @Test
    void deactivatingAndReactivatingAreRecordedAndStopSignIn() {
        long id = admin.create("adm-leaver", draft("Lee Leaver", Set.of(Role.MANAGER)))
                .accountId();

        admin.deactivate(id, admin.account(id).orElseThrow().version());
        assertThat(users.loadUserByUsername("adm-leaver").isEnabled()).isFalse();
        assertThat(admin.account(id).orElseThrow().state()).isEqualTo(AccountState.DEACTIVATED);
        assertThat(accounts.user(id).orElseThrow().displayName())
                .as("the name stays")
                .isEqualTo("Lee Leaver");

        admin.reactivate(id, admin.account(id).orElseThrow().version());
        assertThat(users.loadUserByUsername("adm-leaver").isEnabled()).isTrue();

        assertThat(audit.events(AuditAction.ACCOUNT_DEACTIVATED, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event ->
                        assertThat(event.details().changes()).containsExactly(new FieldChange("active", "yes", "no")));
        assertThat(audit.events(AuditAction.ACCOUNT_REACTIVATED, AuditedObject.USER, id, start))
                .hasSize(1);
    }

    @Test
    void aResetGivesANewOneTimePasswordAndTheOldOneStopsWorking() {
        OneTimePassword first = admin.create("adm-reset", draft("Rita Reset", Set.of(Role.MANAGER)));
        long id = first.accountId();

        OneTimePassword reset =
                admin.resetPassword(id, admin.account(id).orElseThrow().version());

        UserAccount account = repository.findById(id).orElseThrow();
        assertThat(reset.password()).isNotEqualTo(first.password());
        assertThat(passwordEncoder.matches(reset.password(), account.getPasswordHash()))
                .isTrue();
        assertThat(passwordEncoder.matches(first.password(), account.getPasswordHash()))
                .isFalse();
        assertThat(account.isPasswordChangeRequired()).isTrue();
        assertThat(audit.events(AuditAction.PASSWORD_RESET, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("admin");
                    assertThat(event.details().note()).doesNotContain(reset.password());
                });
    }

    @Test
    void changingOnesOwnPasswordIsRecorded() {
        OneTimePassword created = admin.create("adm-changer", draft("Chris Changer", Set.of(Role.MANAGER)));
        TestSignIn.as(users, "adm-changer");

        assertThatThrownBy(() -> accounts.changeOwnPassword("not it", "a brand new passphrase"))
                .isInstanceOf(WrongCurrentPasswordException.class);
        accounts.changeOwnPassword(created.password(), "a brand new passphrase");

        var events = audit.events(AuditAction.PASSWORD_CHANGED, AuditedObject.USER, created.accountId(), start);
        assertThat(events).extracting(e -> e.outcome()).containsExactly(AuditOutcome.FAILURE, AuditOutcome.SUCCESS);
        assertThat(events.get(1).username()).isEqualTo("adm-changer");
        assertThat(events.get(1).details().note()).isEqualTo("Changed by the user, replacing a one-time password");
        assertThat(repository.findById(created.accountId()).orElseThrow().isPasswordChangeRequired())
                .isFalse();
    }

    @Test
    void searchFindsAccountsByUsernameOrName() {
        admin.create("adm-findme", draft("Fiona Findable", Set.of(Role.MANAGER)));

        var byName = admin.search(new AccountFilter("findable"), PageRequest.of(0, 10, Sort.by("username")));
        var byUsername = admin.search(new AccountFilter("ADM-FINDME"), PageRequest.of(0, 10, Sort.by("username")));

        assertThat(byName).singleElement().satisfies(row -> {
            assertThat(row.username()).isEqualTo("adm-findme");
            assertThat(row.roles()).containsExactly(Role.MANAGER);
            assertThat(row.state()).isEqualTo(AccountState.PASSWORD_CHANGE_REQUIRED);
        });
        assertThat(byUsername).extracting(AccountRow::username).containsExactly("adm-findme");
        assertThat(admin.count(new AccountFilter("findable"))).isEqualTo(1);
        assertThat(admin.search(new AccountFilter("officer"), PageRequest.of(0, 10, Sort.by("username"))))
                .filteredOn(row -> row.username().equals("officer"))
                .singleElement()
                .satisfies(row -> assertThat(row.deskCountryCount()).isEqualTo(7));
    }

    @Test
    void aDeskOfficerCallingAnAdministratorsServiceIsRefusedAndTheRefusalRecorded() {
        TestSignIn.as(users, "officer");

        assertThatThrownBy(() -> admin.search(AccountFilter.none(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.resetPassword(1, 0)).isInstanceOf(AccessDeniedException.class);

        assertThat(audit.byUser("officer", AuditAction.ACCESS_DENIED, start))
                .extracting(event -> event.objectId())
                .containsExactly("AccountAdminService.search", "AccountAdminService.resetPassword");
        assertThat(audit.byUser("officer", AuditAction.ACCESS_DENIED, start)).allSatisfy(event -> {
            assertThat(event.objectType()).isEqualTo(AuditedObject.SERVICE_CALL);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void anonymousRefusalsAreNotRecorded() {
        TestSignIn.anonymous();

        assertThatThrownBy(() -> admin.count(AccountFilter.none())).isInstanceOf(RuntimeException.class);

        assertThat(audit.events(
                        AuditAction.ACCESS_DENIED, AuditedObject.SERVICE_CALL, "AccountAdminService.count", start))
                .isEmpty();
    }

    private static AccountDraft draft(String name, Set<Role> roles, Long... desk) {
        return new AccountDraft(
                name, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), Set.of(desk));
    }

    private static String sorted(long a, long b) {
        return String.valueOf(Math.min(a, b)).compareTo(String.valueOf(Math.max(a, b))) <= 0
                ? Math.min(a, b) + ", " + Math.max(a, b)
                : Math.max(a, b) + ", " + Math.min(a, b);
    }
}
