package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts get an optional e-mail address: administrators set it, each person changes their own,
 * a malformed address is refused with a clear message and changes nothing, and a change is in
 * the audit trail.
 */
@IntegrationTest
class AccountEmailTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdminService admin;

    @Autowired
    UserAccountService accounts;

    @Autowired
    SystemAccess system;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorSetsTheAddressAndThePersonChangesTheirOwn() {
        var outreach = new TestOutreach(context);
        String username = newAccount();
        long id = outreach.userId(username);

        AccountDetails before = outreach.as("admin", () -> admin.account(id)).orElseThrow();
        assertThat(before.draft().email()).isNull();
        outreach.as(
                "admin",
                () -> admin.update(
                        id,
                        before.version(),
                        new AccountDraft(
                                before.draft().displayName(),
                                before.draft().roles(),
                                before.draft().deskCountryIds(),
                                "  Desk.Officer@Ministry.Example ")));
        assertThat(outreach.as(username, () -> accounts.ownEmail())).contains("Desk.Officer@ministry.example");
        assertThat(system.asSystem(() -> accounts.contact(id)).orElseThrow().reachableByEmail())
                .isTrue();

        outreach.as(username, () -> accounts.changeOwnEmail("d.officer@ministry.example"));
        assertThat(outreach.as(username, () -> accounts.ownEmail())).contains("d.officer@ministry.example");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where object_id = ? and details like ?",
                        Long.class,
                        String.valueOf(id),
                        "%d.officer@ministry.example%"))
                .isPositive();

        // Blank removes it: the person is then told in the application only.
        outreach.as(username, () -> accounts.changeOwnEmail(" "));
        assertThat(outreach.as(username, () -> accounts.ownEmail())).isEmpty();
        assertThat(system.asSystem(() -> accounts.contact(id)).orElseThrow().reachableByEmail())
                .isFalse();
    }

    @Test
    void aMalformedAddressIsRefusedAndChangesNothing() {
        var outreach = new TestOutreach(context);
        String username = newAccount();
        outreach.as(username, () -> accounts.changeOwnEmail("me@ministry.example"));

        for (String bad :
                new String[] {"me@ministry", "me at ministry.example", "@ministry.example", "a@b@c.example"}) {
            assertThatThrownBy(() -> outreach.as(username, () -> accounts.changeOwnEmail(bad)))
                    .as(bad)
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessage(EmailAddress.MESSAGE);
        }
        assertThat(outreach.as(username, () -> accounts.ownEmail())).contains("me@ministry.example");

        long id = outreach.userId(username);
        AccountDetails details = outreach.as("admin", () -> admin.account(id)).orElseThrow();
        assertThatThrownBy(() -> outreach.as(
                        "admin",
                        () -> admin.update(
                                id,
                                details.version(),
                                new AccountDraft("Someone", EnumSet.of(Role.MANAGER), Set.of(), "someone@ministry"))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining(EmailAddress.MESSAGE);
        assertThat(outreach.as(username, () -> accounts.ownEmail())).contains("me@ministry.example");
    }

    @Test
    void addressesAreKeptStrippedWithTheDomainInLowerCase() {
        assertThat(EmailAddress.normalize("  Ann.Lee@Ministry.GOV.example ")).isEqualTo("Ann.Lee@ministry.gov.example");
        assertThat(EmailAddress.normalize("   ")).isNull();
        assertThat(EmailAddress.problem(null)).isEmpty();
        assertThat(EmailAddress.problem("a".repeat(250) + "@x.example")).contains("Use at most 254 characters.");
    }

    private String newAccount() {
        String username =
                TestOutreach.unique("mail").toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        system.asSystem(() -> admin.createAccount(new NewAccount(
                username, "Person " + username, "Pw-" + UUID.randomUUID(), EnumSet.of(Role.MANAGER), Set.of())));
        return username;
    }
}
