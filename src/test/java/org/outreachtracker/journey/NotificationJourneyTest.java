package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The bell is live: while an officer's page is open, a manager re-assigns a follow-up to them and
 * the count on their bell rises without a reload (the server pushes it); the officer opens the
 * bell, follows the notification to the record, and the count falls.
 */
class NotificationJourneyTest extends BrowserTest {

    static final String PASSWORD = "a perfectly fine passphrase";

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    FollowUpService followUps;

    @Autowired
    SystemAccess system;

    TestOutreach outreach;

    @AfterEach
    void closeCampaigns() {
        if (outreach != null) {
            outreach.closeCampaigns();
        }
    }

    @Test
    void aReassignedFollowUpRaisesTheOfficersBellWithoutAReload() {
        outreach = new TestOutreach(context);
        long japan = outreach.countryId("JP");
        CampaignDetails campaign = outreach.activeCampaign(30, Set.of(japan));
        String officer = "bell-" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        long officerId = system.asSystem(() -> accountAdmin.createAccount(
                new NewAccount(officer, "Bell Officer", PASSWORD, EnumSet.of(Role.DESK_OFFICER), Set.of(japan))));
        FollowUpRef followUp = outreach.as(
                "manager",
                () -> followUps.create(
                        campaign.id(),
                        japan,
                        new FollowUpDraft(
                                "Send the non-paper",
                                outreach.userId("officer"),
                                outreach.today().plusDays(9),
                                Priority.MEDIUM)));

        signIn(officer, PASSWORD);
        waitForNavigation();
        open("my-desk");
        WebElement bell = wait.until(d -> d.findElement(By.id("notification-bell")));
        assertThat(driver.findElement(By.id("notification-count")).isDisplayed())
                .isFalse();
        String pageMarker =
                (String) ((JavascriptExecutor) driver).executeScript("return window.__bellMarker = 'same page';");

        outreach.as("manager", () -> followUps.reassign(followUp.id(), followUp.version(), officerId));

        wait.until(d -> d.findElement(By.id("notification-count")).isDisplayed()
                && "1".equals(d.findElement(By.id("notification-count")).getText()));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__bellMarker"))
                .as("no reload")
                .isEqualTo(pageMarker);
        assertThat(bell.getDomAttribute("aria-label")).isEqualTo("Notifications: 1 unread");

        click(bell);
        WebElement item =
                wait.until(d -> d.findElements(By.cssSelector("vaadin-popover[opened] .notification-item")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(item.getText()).contains("Follow-up assigned to you by Maria Manager (demo): Japan");
        click(item);

        wait.until(d -> d.getCurrentUrl().endsWith("/follow-ups"));
        wait.until(d -> !d.findElement(By.id("notification-count")).isDisplayed());
    }
}
