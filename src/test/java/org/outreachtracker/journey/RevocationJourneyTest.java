package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.AccountDraft;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.TestAccounts;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestAudit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An administrator's change to an account takes effect in the user's open page at its next
 * action, without the user navigating: a deactivated user saves nothing and lands on the sign-in
 * page; a demoted manager, or a user left without roles, is refused what they may no longer do
 * (recorded as refused) and their page is shown again as their roles now allow; a desk country
 * taken away can no longer be logged for.
 */
class RevocationJourneyTest extends BrowserTest {

    static final String PASSWORD = "a perfectly fine passphrase";

    @Autowired
    UserAccountService accounts;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    AuditService auditService;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    TestAudit audit;
    Instant start;

    @BeforeEach
    void setUp() {
        audit = new TestAudit(auditService, systemAccess);
        start = clock.instant();
    }

    @Test
    void aUserDeactivatedWhileTheMeetingFormIsOpenSavesNothingAndLandsOnTheSignInPage() {
        long id = createAccount("rev-leaver", EnumSet.of(Role.DESK_OFFICER), officersDesk());
        signIn("rev-leaver", PASSWORD);
        waitForNavigation();
        open("meetings/new");
        fillMeeting("Japan", "Revoked-" + UUID.randomUUID().toString().substring(0, 8));

        systemAccess.asUser("admin", () -> {
            accountAdmin.deactivate(id, accountAdmin.account(id).orElseThrow().version());
            return null;
        });
        saveUnlessSignedOut();

        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(d -> d.findElements(By.id("main-nav")).isEmpty());
        assertThat(audit.byUser("rev-leaver", AuditAction.CREATED, start))
                .as("no meeting saved")
                .isEmpty();
        assertThat(audit.events(AuditAction.SIGN_OUT, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event ->
                        assertThat(event.details().note()).isEqualTo("Session ended: the account was deactivated"));
    }

    @Test
    void aDemotedManagerIsRefusedAtOnceAndTheOpenPageShowsTheNewRoles() {
        long id = createAccount("rev-demoted", EnumSet.of(Role.MANAGER), Set.of());
        signIn("rev-demoted", PASSWORD);
        waitForNavigation();
        open("campaigns");
        fillNewCampaign();

        systemAccess.asUser("admin", () -> {
            var account = accountAdmin.account(id).orElseThrow();
            accountAdmin.update(
                    id,
                    account.version(),
                    new AccountDraft(account.draft().displayName(), EnumSet.of(Role.DESK_OFFICER), officersDesk()));
            return null;
        });
        click(createCampaignButton());

        waitForNotification("You are not allowed to do that.");
        assertThat(audit.byUser("rev-demoted", AuditAction.ACCESS_DENIED, start))
                .singleElement()
                .satisfies(event -> assertThat(event.objectId()).isEqualTo("CampaignService.create"));
        assertThat(audit.byUser("rev-demoted", AuditAction.CREATED, start))
                .as("no campaign saved")
                .isEmpty();
        // The page is shown again as an officer sees it: no "New campaign", no manager menu.
        wait.until(d -> d.findElements(By.xpath("//vaadin-button[contains(., 'New campaign')]"))
                .isEmpty());
        wait.until(d -> !menuEntries().contains("Dashboard"));
        assertThat(menuEntries()).contains("My desk");

        open("dashboard");
        wait.until(d -> d.findElements(By.cssSelector("main h1")).stream()
                .anyMatch(h -> h.getText().equals("Not allowed")));
    }

    @Test
    void aUserLeftWithoutRolesIsRefusedEverythingOnTheOpenPage() {
        createAccount("rev-roleless", EnumSet.of(Role.MANAGER), Set.of());
        signIn("rev-roleless", PASSWORD);
        waitForNavigation();
        open("campaigns");
        fillNewCampaign();

        TestAccounts.removeAllRoles(context, "rev-roleless");
        click(createCampaignButton());

        waitForNotification("You are not allowed to do that.");
        wait.until(d -> d.findElements(By.cssSelector("main h1")).stream()
                .anyMatch(h -> h.getText().equals("Not allowed")));
        assertThat(audit.byUser("rev-roleless", AuditAction.CREATED, start))
                .as("no campaign saved")
                .isEmpty();

        for (String page : List.of("deleted", "dashboard")) {
            open(page);
            wait.until(d -> d.findElements(By.cssSelector("main h1")).stream()
                    .anyMatch(h -> h.getText().equals("Not allowed")));
        }
        assertThat(audit.byUser("rev-roleless", AuditAction.ACCESS_DENIED, start))
                .extracting(event -> event.objectType() + " " + event.objectId())
                .contains("SERVICE_CALL CampaignService.create", "PAGE /deleted", "PAGE /dashboard");
    }

    @Test
    void aDeskCountryTakenAwayCanNoLongerBeLoggedForFromTheOpenForm() {
        long id = createAccount("rev-desk", EnumSet.of(Role.DESK_OFFICER), officersDesk());
        signIn("rev-desk", PASSWORD);
        waitForNavigation();
        open("meetings/new");
        fillMeeting("Japan", "Desk-" + UUID.randomUUID().toString().substring(0, 8));

        systemAccess.asUser("admin", () -> {
            var account = accountAdmin.account(id).orElseThrow();
            var desk = new java.util.HashSet<>(account.draft().deskCountryIds());
            desk.remove(japan());
            accountAdmin.update(
                    id,
                    account.version(),
                    new AccountDraft(
                            account.draft().displayName(), account.draft().roles(), desk));
            return null;
        });
        click(driver.findElement(By.id("save-meeting")));

        wait.until(
                d -> !audit.byUser("rev-desk", AuditAction.ACCESS_DENIED, start).isEmpty());
        assertThat(driver.getCurrentUrl()).as("still on the form").endsWith("/meetings/new");
        assertThat(audit.byUser("rev-desk", AuditAction.CREATED, start))
                .as("no meeting saved")
                .isEmpty();
    }

    // ---------------------------------------------------------------------------- helpers

    private long createAccount(String username, Set<Role> roles, Set<Long> desk) {
        return systemAccess.asSystem(() ->
                accountAdmin.createAccount(new NewAccount(username, "Revocation " + username, PASSWORD, roles, desk)));
    }

    /** The demo officer's desk countries (Japan among them). */
    private Set<Long> officersDesk() {
        return systemAccess.asUser("admin", () -> {
            long officer = accounts.users().stream()
                    .filter(u -> u.username().equals("officer"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            return accountAdmin.account(officer).orElseThrow().draft().deskCountryIds();
        });
    }

    private long japan() {
        return systemAccess.asUser(
                "officer",
                () -> context.getBean(org.outreachtracker.reference.ReferenceService.class).countries().stream()
                        .filter(c -> c.name().equals("Japan"))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    private void fillNewCampaign() {
        click(wait.until(d -> d.findElement(By.xpath("//vaadin-button[contains(., 'New campaign')]"))));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-dialog[opened], vaadin-dialog-overlay[opened]"))
                .isEmpty());
        WebElement dialog = driver.findElement(By.tagName("body"));
        inputOf(field(dialog, "vaadin-text-field", "Title")).sendKeys("Revocation " + UUID.randomUUID());
        inputOf(field(dialog, "vaadin-text-field", "Instruction reference")).sendKeys("26 STATE 555001");
        field(dialog, "vaadin-text-area", "Objective")
                .findElement(By.tagName("textarea"))
                .sendKeys("Nothing at all.");
    }

    private WebElement createCampaignButton() {
        return driver.findElement(By.xpath("//vaadin-button[contains(., 'Create campaign')]"));
    }

    private void waitForNotification(String text) {
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains(text)));
    }

    /**
     * Presses Save; the form's own next request (its draft, kept a moment after typing) may
     * already have found the account changed and left for the sign-in page, which is as good.
     */
    private void saveUnlessSignedOut() {
        try {
            click(driver.findElement(By.id("save-meeting")));
        } catch (StaleElementReferenceException | NoSuchElementException alreadyLeft) {
            // The page was replaced by the sign-in page before the click.
        }
    }

    /** Fills the meeting form for the country, ready to save. */
    private void fillMeeting(String country, String marker) {
        WebElement form = wait.until(d -> d.findElement(By.cssSelector(".meeting-form")));
        fillMeetingStart(form, country);
        click(form.findElements(By.cssSelector(".point-row vaadin-checkbox")).get(0));
        chooseInSelect(field(form, "vaadin-select", "Reaction to point 1"), "Agreed");
        chooseInSelect(field(form, "vaadin-select", "Overall response"), "Receptive");
        field(form, "vaadin-text-area", "Summary")
                .findElement(By.tagName("textarea"))
                .sendKeys("Delivered the first point. " + marker);
    }
}
