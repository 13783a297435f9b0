package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestClock;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestAudit;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who a person the ministry's provider vouched for is here: the provider's identity names the
 * account (created at the first sign-in, never taken over by name), the groups decide roles and
 * desk countries at every sign-in, and each refusal is recorded with its reason.
 */
@IntegrationTest
class ExternalAccountsTest {

    static final String ISSUER = "https://id.ministry.example";
    static final String ADDRESS = "192.0.2.9";

    @Autowired
    ExternalAccounts external;

    @Autowired
    AccountAdminService admin;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    AuditService auditService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    TestAudit audit;
    Instant start;

    @BeforeEach
    void setUp() {
        audit = new TestAudit(auditService, systemAccess);
        start = clock.instant();
    }

    @AfterEach
    void tearDown() {
        TestSignIn.anonymous();
    }

    @Test
    void theFirstSignInCreatesTheAccountAndLaterOnesFollowTheGroups() {
        String name = username("sso");
        SignInAccount first =
                external.signIn(person(name, "sub-" + name, List.of("outreach-officers", "outreach-desk-br")));
        assertThat(first.username()).isEqualTo(name);
        assertThat(first.roles()).containsExactly(Role.DESK_OFFICER);
        assertThat(desk(first.id())).containsExactly("BR");
        assertThat(audit.byUser(name, AuditAction.CREATED, start)).hasSize(1);
        assertThat(audit.byUser(name, AuditAction.SIGN_IN, start)).hasSize(1);

        SignInAccount again =
                external.signIn(person(name, "sub-" + name, List.of("outreach-managers", "outreach-administrators")));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.ADMIN);
        assertThat(desk(first.id())).isEmpty();
        assertThat(audit.byUser(name, AuditAction.CREATED, start)).hasSize(1);

        assertThat(external.signIn(person("renamed-at-provider-" + name, "sub-" + name, List.of("outreach-officers")))
                        .id())
                .as("the subject names the account, not the username")
                .isEqualTo(first.id());
    }

    @Test
    void aLocalAccountIsNeverTakenOverByItsName() {
        String name = username("local");
        systemAccess.asSystem(() -> admin.createAccount(new NewAccount(
                name, "Local " + name, "a perfectly fine passphrase", EnumSet.of(Role.ADMIN), Set.of())));

        assertThatThrownBy(() -> external.signIn(person(name, "sub-other-" + name, List.of("outreach-officers"))))
                .isInstanceOf(ExternalSignInRefused.class)
                .hasMessageContaining("already exists here and signs in otherwise");
        assertThat(failures(name)).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_user_external_identity where subject = ?",
                        Long.class,
                        "sub-other-" + name))
                .isZero();
    }

    @Test
    void withoutGroupsOrWithoutAGroupOfThisApplicationNobodyGetsIn() {
        String name = username("nogroups");
        assertThatThrownBy(() -> external.signIn(person(name, "sub-" + name, null)))
                .isInstanceOf(ExternalSignInRefused.class)
                .hasMessage("The provider sent no \"groups\" claim.");
        assertThatThrownBy(() -> external.signIn(person(name, "sub-" + name, List.of("finance", "outreach-desk-FR"))))
                .isInstanceOf(ExternalSignInRefused.class)
                .hasMessage("Not in any group of this application.");
        assertThat(failures(name)).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, name))
                .isZero();

        SignInAccount member = external.signIn(person(name, "sub-" + name, List.of("outreach-officers")));
        assertThatThrownBy(() -> external.signIn(person(name, "sub-" + name, List.of())))
                .as("taken out of the groups at the provider")
                .isInstanceOf(ExternalSignInRefused.class);
        assertThat(member.roles()).containsExactly(Role.DESK_OFFICER);
    }

    @Test
    void aDeactivatedAccountIsRefused() {
        String name = username("gone");
        SignInAccount account = external.signIn(person(name, "sub-" + name, List.of("outreach-officers")));
        jdbc.update("update app_user set enabled = false where id = ?", account.id());

        assertThatThrownBy(() -> external.signIn(person(name, "sub-" + name, List.of("outreach-officers"))))
                .isInstanceOf(ExternalSignInRefused.class)
                .hasMessage("The account is deactivated.");
        assertThat(failures(name)).hasSize(1);
    }

    @Test
    void anEmailAddressAsTheProvidersNameBecomesAUsernameOfThisApplication() {
        String name = username("mail");
        SignInAccount account =
                external.signIn(person(name + "@Ministry.example", "sub-" + name, List.of("outreach-officers")));
        assertThat(account.username()).isEqualTo(name + "-ministry.example");
        assertThat(ExternalAccounts.usernameOf("Amina Diallo")).isEqualTo("amina-diallo");
    }

    private static String username(String prefix) {
        return TestOutreach.unique(prefix).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private List<?> failures(String username) {
        return audit.byUser(username, AuditAction.SIGN_IN_FAILED, start);
    }

    private List<String> desk(long accountId) {
        return jdbc.queryForList(
                "select c.code from app_user_desk d join country c on c.id = d.country_id where d.user_id = ?",
                String.class,
                accountId);
    }

    private static ExternalSignIn person(String username, String subject, List<String> groups) {
        return new ExternalSignIn(
                ISSUER, subject, username, "Name of " + username, username + "@ministry.example", groups, ADDRESS);
    }
}
