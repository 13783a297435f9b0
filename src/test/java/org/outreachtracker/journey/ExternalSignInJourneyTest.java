package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.outreachtracker.security.TestOpenIdProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in through a real OpenID Connect provider (Spring Authorization Server, started by the
 * test): the first sign-in creates the account with the roles and desk of the person's groups, a
 * change of groups at the provider applies at the next sign-in, signing out ends the session at
 * the provider too, and a missing groups claim, a
 * token from another issuer, a provider that cannot be reached and a password where passwords are
 * off are each refused with one clear message, and recorded. In order: the provider starts only
 * after the first test, which finds it unreachable.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalSignInJourneyTest extends BrowserTest {

    private static final int PROVIDER_PORT = TestOpenIdProvider.reservePort();
    private static final String PROVIDER_NAME = "Test Ministry";
    private static TestOpenIdProvider provider;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("outreach.security.oidc.issuer-uri", () -> TestOpenIdProvider.issuerAt(PROVIDER_PORT));
        properties.add("outreach.security.oidc.client-id", () -> TestOpenIdProvider.CLIENT_ID);
        properties.add("outreach.security.oidc.client-secret", () -> TestOpenIdProvider.CLIENT_SECRET);
        properties.add("outreach.security.oidc.provider-name", () -> PROVIDER_NAME);
        properties.add("outreach.security.oidc.local-passwords", () -> "BREAK_GLASS_ONLY");
        properties.add("outreach.security.oidc.break-glass-accounts", () -> "admin");
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    @Order(1)
    void whileTheProviderCannotBeReachedThePageSaysSoAndTheBreakGlassPasswordStillWorks() {
        open("login");
        acknowledgeNotice();
        screenshot("sign-in-with-provider");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.external-sign-in"))));

        wait.until(ExpectedConditions.urlContains("/login?external-failed"));
        String status =
                wait.until(d -> d.findElement(By.cssSelector(".login-status")).getText());
        assertThat(status)
                .contains(PROVIDER_NAME)
                .contains(TestOpenIdProvider.issuerAt(PROVIDER_PORT))
                .contains("cannot be reached");
        assertThat(failures("The provider could not be reached")).isPositive();

        signIn("admin", "admin-demo-2026");
        waitForNavigation();
        wait.until(d -> "Users".equals(viewTitle()));
    }

    @Test
    @Order(2)
    void aPasswordOtherThanTheBreakGlassAccountsIsRefusedWhereLocalPasswordsAreOff() {
        signIn("officer", "officer-demo-2026");

        wait.until(ExpectedConditions.urlContains("/login?passwords-off"));
        assertThat(status()).contains("use the button above the form");
        assertThat(failures("Local passwords are off")).isPositive();
    }

    @Test
    @Order(3)
    void theFirstSignInCreatesTheAccountSigningOutReachesTheProviderAndNewGroupsApplyNextTime() {
        startProvider();
        provider.setGroups("amina", List.of("outreach-officers", "outreach-desk-BR", "unrelated"));

        signInThroughProvider("amina", "amina-password");
        wait.until(d -> "My desk".equals(viewTitle()));
        assertThat(roles("amina")).containsExactly("DESK_OFFICER");
        assertThat(desk("amina")).containsExactly("BR");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where username = 'amina' and action = 'SIGN_IN'"
                                + " and details like '%subject amina%'",
                        Long.class))
                .isEqualTo(1);

        // The access rules hold as after a password sign-in: an officer may not manage users.
        open("admin/users");
        wait.withMessage("the not-allowed page for an officer signed in through the provider")
                .until(d -> d.findElements(By.cssSelector(".error-page h1")).stream()
                        .anyMatch(h -> h.getText().equals("Not allowed")));
        open("my-desk");
        wait.until(d -> "My desk".equals(viewTitle()));

        // Signing out ends the session at the provider too: the next sign-in asks for the password there again.
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("localhost:" + port + "/login?signed-out"));
        assertThat(status()).isEqualTo("You have signed out.");

        provider.setGroups("amina", List.of("outreach-managers"));
        signInThroughProvider("amina", "amina-password");
        wait.until(d -> "Dashboard".equals(viewTitle()));
        assertThat(roles("amina")).containsExactly("MANAGER");
        assertThat(desk("amina")).isEmpty();
    }

    @Test
    @Order(4)
    void aMissingGroupsClaimOrATokenOfAnotherIssuerIsRefusedWithOneMessage() {
        startProvider();
        provider.setGroups("basil", null);
        signInThroughProvider("basil", "basil-password");
        wait.until(ExpectedConditions.urlContains("/login?external-failed"));
        assertThat(status())
                .isEqualTo("Signing in through " + PROVIDER_NAME + " was refused: The provider sent no \"groups\""
                        + " claim. Ask an administrator for help.");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'basil'", Long.class))
                .isZero();

        provider.setGroups("basil", List.of("outreach-officers"));
        provider.signAs("https://impostor.example");
        try {
            open("login");
            acknowledgeNotice();
            click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.external-sign-in"))));
            wait.until(ExpectedConditions.urlContains("/login?external-failed"));
            assertThat(status()).contains("its answer could not be checked");
            assertThat(failures("invalid_id_token")).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'basil'", Long.class))
                    .isZero();
        } finally {
            provider.signAs(null);
        }
    }

    private void startProvider() {
        if (provider == null) {
            provider = TestOpenIdProvider.startOn(
                    PROVIDER_PORT,
                    Map.of("amina", "amina-password", "basil", "basil-password"),
                    "http://localhost:" + port);
        }
    }

    /** From the application's sign-in page through the provider's own form. */
    private void signInThroughProvider(String username, String password) {
        open("login");
        acknowledgeNotice();
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.external-sign-in"))));
        wait.until(ExpectedConditions.urlContains("127.0.0.1:" + PROVIDER_PORT + "/login"));
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
    }

    /** The sign-in page's status line, once it says something. */
    private String status() {
        return wait.until(d -> {
            String text = d.findElement(By.cssSelector(".login-status")).getText();
            return text.isBlank() ? null : text;
        });
    }

    private List<String> roles(String username) {
        return jdbc.queryForList(
                "select r.role from app_user_role r join app_user u on u.id = r.user_id where u.username = ?",
                String.class,
                username);
    }

    private List<String> desk(String username) {
        return jdbc.queryForList(
                "select c.code from app_user_desk d join app_user u on u.id = d.user_id"
                        + " join country c on c.id = d.country_id where u.username = ?",
                String.class,
                username);
    }

    private long failures(String reason) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'SIGN_IN_FAILED' and details like ?",
                Long.class,
                "%" + reason + "%");
    }
}
