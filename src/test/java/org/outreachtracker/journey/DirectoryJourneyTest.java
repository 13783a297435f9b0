package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * A manager keeps the directory and the desks in order: merges two entries for one person from
 * the possible duplicates, then hands a leaving officer's follow-ups to a colleague in one step.
 * An officer finds a counterpart from any page with the search box.
 */
class DirectoryJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    MeetingService meetings;

    @Autowired
    FollowUpService followUps;

    @Autowired
    AccountAdminService accountAdmin;

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
    void aManagerMergesTwoEntriesForOnePersonAndHandsALeaversFollowUpsOver() {
        outreach = new TestOutreach(context);
        long germany = outreach.countryId("DE");
        CampaignDetails campaign = outreach.activeCampaign(20, Set.of(germany));
        String name = TestOutreach.unique("Jürgen Journeymann");
        CounterpartRef kept = outreach.counterpart("DE", name);
        CounterpartRef other = outreach.as(
                "manager",
                () -> counterparts.create(new CounterpartDraft(
                        name.replace("ü", "u").toUpperCase(),
                        "State Secretary",
                        "Federal Foreign Office",
                        germany,
                        CounterpartLevel.MINISTER)));
        long meeting = outreach.as(
                "officer",
                () -> meetings.log(outreach.meeting(
                        campaign,
                        "DE",
                        outreach.daysAgo(2),
                        Set.of(other.id()),
                        List.of(),
                        OverallResponse.RECEPTIVE,
                        "Met the second entry.",
                        List.of())));
        String leaver = "leaver-" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        long leaverId = system.asSystem(() -> accountAdmin.createAccount(new NewAccount(
                leaver,
                "Leaving Officer " + leaver,
                "a perfectly fine passphrase",
                EnumSet.of(Role.DESK_OFFICER),
                Set.of(germany))));
        for (String action : List.of("Send the paper", "Call the ministry")) {
            outreach.as(
                    "manager",
                    () -> followUps.create(
                            campaign.id(),
                            germany,
                            new FollowUpDraft(action, leaverId, outreach.today().plusDays(7), Priority.MEDIUM)));
        }

        signIn("manager", "manager-demo-2026");
        waitForNavigation();
        open("counterparts");
        click(wait.until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().contains("Possible duplicates"))
                .findFirst()
                .orElse(null)));
        WebElement mergeButton = wait.until(d -> d.findElements(By.cssSelector(".duplicate-set li")).stream()
                .filter(li ->
                        li.getText().contains("State Secretary") && li.getText().contains(other.name()))
                .flatMap(li -> li.findElements(By.cssSelector("vaadin-button")).stream())
                .findFirst()
                .orElse(null));
        click(mergeButton);
        WebElement merge = wait.until(d -> d.findElements(By.cssSelector(".merge-dialog vaadin-button")).stream()
                .filter(b -> b.getText().equals("Merge"))
                .findFirst()
                .orElse(null));
        screenshot("merge-dialog");
        click(merge);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains("merged into " + name)));
        assertThat(outreach.as("manager", () -> meetings.meeting(meeting))
                        .orElseThrow()
                        .counterpartIds())
                .containsExactly(kept.id());

        open("follow-ups?view=all");
        chooseInComboBox(wait.until(d -> d.findElement(By.id("owner-filter"))), "Leaving Officer " + leaver);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("Call the ministry")));
        WebElement grid = driver.findElement(By.id("follow-ups-grid"));
        click(grid.findElements(By.cssSelector("vaadin-checkbox")).getFirst());
        WebElement handOver = driver.findElement(By.id("hand-over"));
        wait.until(d -> handOver.getText().equals("Hand over 2…"));
        click(handOver);
        WebElement dialog = wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).stream()
                .filter(e -> e.getText().contains("follow-ups chosen"))
                .findFirst()
                .orElse(null));
        chooseInComboBox(field(dialog, "vaadin-combo-box", "New owner"), "Omar Officer (demo)");
        screenshot("hand-over-dialog");
        click(dialog.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().equals("Hand over"))
                .findFirst()
                .orElseThrow());
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().startsWith("2 follow-ups handed over to Omar Officer (demo).")));
        List<FollowUpRef> handed = outreach.as(
                "manager",
                () -> followUps
                        .search(FollowUpFilter.all().withCampaign(campaign.id()), PageRequest.of(0, 10))
                        .getContent());
        assertThat(handed).hasSize(2).allSatisfy(f -> assertThat(f.ownerId()).isEqualTo(outreach.userId("officer2")));
    }

    @Test
    void anOfficerPressesSlashSearchesANameWithoutItsAccentsAndOpensTheCounterpart() {
        outreach = new TestOutreach(context);
        String surname = "Zoëlle" + TestOutreach.unique("").replaceAll("[^a-z]", "");
        CounterpartRef person = outreach.counterpart("FR", "Aurélie " + surname);

        signIn("officer", "officer-demo-2026");
        waitForNavigation();
        open("meetings");
        WebElement filterInput = inputOf(field(driver.findElement(By.tagName("body")), "vaadin-text-field", "Search"));
        click(filterInput);
        filterInput.sendKeys("a/b");
        assertThat(filterInput.getDomProperty("value"))
                .as("a slash typed into a field stays there")
                .isEqualTo("a/b");

        click(driver.findElement(By.cssSelector(".view-title")));
        new Actions(driver).sendKeys("/").perform();
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.activeElement.closest('#global-search') !== null")));
        new Actions(driver)
                .sendKeys(surname.replace("ë", "e").toUpperCase() + Keys.ENTER)
                .perform();

        Function<WebDriver, WebElement> hit =
                d -> d.findElements(By.cssSelector("#search-counterpart a.search-hit-title")).stream()
                        .filter(link -> link.getText().equals(person.name()))
                        .findFirst()
                        .orElse(null);
        wait.until(d -> {
            try {
                return hit.apply(d);
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
        assertThat(driver.getCurrentUrl()).contains("search?q=");
        screenshot("search-results");
        clickFound(hit);
        wait.until(d -> d.getCurrentUrl().endsWith("counterparts/" + person.id()));
    }
}
