package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Hostile text typed into a counterpart's name, a meeting's summary and a follow-up is stored
 * as text and shown as text everywhere it appears: no markup is interpreted, no script runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextJourneyTest extends BrowserTest {

    static final String NAME = "<img src=x onerror=\"window.hostile='name'\">Ms Injection";
    static final String SUMMARY = "<script>window.hostile='summary'</script> javascript:alert(1) "
            + "<a href=\"javascript:window.hostile='link'\">click</a>";
    static final String ACTION = "<b onmouseover=\"window.hostile='follow-up'\">bold</b> overdue action";

    @Autowired
    ApplicationContext context;

    @Autowired
    MeetingService meetings;

    TestOutreach outreach;
    long meetingId;
    CampaignDetails campaign;

    @BeforeAll
    void storeHostileText() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(30, outreach.countryIds("MT"), "Hostile point");
        CounterpartRef counterpart = outreach.as("manager", () -> outreach.counterpart("MT", NAME));
        long manager = outreach.userId("manager");
        meetingId = outreach.as(
                "manager",
                () -> meetings.log(outreach.meeting(
                        campaign,
                        "MT",
                        outreach.daysAgo(20),
                        Set.of(counterpart.id()),
                        List.of(),
                        OverallResponse.SKEPTICAL,
                        SUMMARY,
                        List.of(new FollowUpDraft(ACTION, manager, outreach.daysAgo(2), Priority.HIGH)))));
    }

    @AfterAll
    void closeCampaign() {
        outreach.closeCampaigns();
    }

    @Test
    void hostileTextIsShownLiterallyInTheListDetailDashboardAndMapPanel() {
        signIn("manager", "manager-demo-2026");
        waitForNavigation();

        open("meetings?country=MT&campaign=" + campaign.id());
        wait.until(d -> d.findElement(By.tagName("vaadin-grid")).getText().contains("Ms Injection")
                || cellsText().contains("Ms Injection"));
        assertThat(cellsText()).contains(NAME);
        assertNothingRan();

        open("meetings/" + meetingId);
        WebElement form = wait.until(d -> d.findElement(By.cssSelector(".meeting-form")));
        WebElement summary = field(form, "vaadin-text-area", "Summary").findElement(By.tagName("textarea"));
        assertThat(summary.getDomProperty("value")).isEqualTo(SUMMARY);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(ACTION);
        assertNothingRan();

        open("dashboard?campaign=" + campaign.id());
        wait.until(d -> cellsText().contains("overdue action"));
        assertThat(cellsText()).contains(ACTION);
        assertNothingRan();

        open("coverage");
        WebElement campaignBox =
                wait.until(d -> d.findElement(By.cssSelector(".coverage-filters vaadin-combo-box input")));
        campaignBox.sendKeys(
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE);
        campaignBox.sendKeys(campaign.title());
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        campaignBox.sendKeys(org.openqa.selenium.Keys.ENTER);
        WebElement malta = wait.until(d -> d.findElement(By.cssSelector("svg.coverage-map [data-country='MT']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", malta);
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        WebElement panel = wait.until(d -> {
            WebElement p = d.findElement(By.cssSelector(".country-panel"));
            return p.isDisplayed() && p.getText().contains("Malta") ? p : null;
        });
        assertThat(panel.getText()).contains(NAME).contains(ACTION);
        screenshot("journey-hostile-text-panel");
        assertNothingRan();
    }

    private String cellsText() {
        return String.join(
                " | ",
                driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .map(WebElement::getText)
                        .toList());
    }

    private void assertNothingRan() {
        Object hostile = ((JavascriptExecutor) driver)
                .executeScript("return window.hostile === undefined ? null : window.hostile;");
        assertThat(hostile).as("a script planted in user text ran").isNull();
        assertThat(driver.findElements(By.cssSelector("img[src='x']"))).isEmpty();
    }
}
