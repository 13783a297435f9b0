package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.TaskingState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A desk officer takes a post's tasking from instructed to reported: asks for the appointment on
 * My desk, logs the meeting that delivers the points with the non-paper left in writing attached
 * (and downloads it back from the meeting's page), and marks it reported with the cable's
 * reference, each step one click away from My desk.
 */
class TaskingJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    TaskingService taskings;

    @Autowired
    MeetingService meetings;

    TestOutreach outreach;
    CampaignDetails campaign;
    String where;

    @BeforeEach
    void createCampaign() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(20, outreach.countryIds("JP"), "Alpha");
        where = "Japan — " + campaign.title();
    }

    @AfterEach
    void closeCampaign() {
        outreach.closeCampaigns();
    }

    @Test
    void anOfficerTakesATaskingFromInstructedToReportedThroughTheMeeting() {
        signIn("officer", "officer-demo-2026");
        waitForNavigation();
        open("my-desk");

        click(step("Request appointment"));
        wait.until(d -> state() == TaskingState.APPOINTMENT_REQUESTED);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-button[aria-label='Log the meeting: " + where + "']"))
                .isEmpty());

        click(step("Log the meeting"));
        wait.until(ExpectedConditions.urlContains("/meetings/new"));
        WebElement form = wait.until(d -> d.findElement(By.cssSelector(".meeting-form")));
        // The form opens on the tasking's campaign and country.
        wait.until(d -> "Japan"
                .equals(inputOf(field(form, "vaadin-combo-box", "Country")).getDomProperty("value")));
        assertThat(inputOf(field(form, "vaadin-combo-box", "Campaign")).getDomProperty("value"))
                .isEqualTo(campaign.title());
        fillMeetingStart(form);
        field(form, "vaadin-text-area", "Summary")
                .findElement(By.tagName("textarea"))
                .sendKeys("Delivered the instruction's points in Tokyo.");
        attachNonPaper(form);
        click(driver.findElement(By.id("save-meeting")));
        wait.until(ExpectedConditions.urlMatches(".*/meetings/\\d+$"));
        assertThat(state()).isEqualTo(TaskingState.DELIVERED);

        // The non-paper was kept with the meeting, with its file.
        long meetingId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/meetings/", ""));
        assertThat(outreach.as("officer", () -> meetings.documentsLeft(meetingId)))
                .singleElement()
                .satisfies(document -> assertThat(document.file()).isNotNull())
                .satisfies(document -> assertThat(document.file().fileName()).isEqualTo("non-paper-tokyo.pdf"));

        // It is on the meeting's page, and its link gives the file back. The list sits above the
        // form, out of view when the page keeps the form's scroll position, so its text is read
        // from the page rather than as seen on screen.
        WebElement download;
        try {
            download = wait.until(d -> d.findElements(By.cssSelector("a.document-download")).stream()
                    .filter(a -> String.valueOf(a.getDomProperty("textContent")).startsWith("non-paper-tokyo.pdf"))
                    .findFirst()
                    .orElse(null));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            throw new AssertionError(
                    "The non-paper's link is not on the meeting's page. Documents shown there: "
                            + ((JavascriptExecutor) driver)
                                    .executeScript("const list = document.querySelector('.documents-left-list');"
                                            + "return list ? list.outerHTML : 'no documents list';"),
                    notShown);
        }
        String downloaded = (String) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0].href).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        download);
        assertThat(downloaded).startsWith("%PDF-").contains("Non-paper on model distillation");

        open("my-desk");
        click(step("Mark reported"));
        WebElement dialog = wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).stream()
                .findFirst()
                .orElse(null));
        screenshot("tasking-report-dialog");
        inputOf(field(dialog, "vaadin-text-field", "Reporting cable reference")).sendKeys("26 TOKYO 4711");
        click(dialog.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Mark reported']")));

        wait.until(d -> state() == TaskingState.REPORTED);
        TaskingRef reported = tasking();
        assertThat(reported.reportReference()).isEqualTo("26 TOKYO 4711");
        assertThat(reported.reportedOn()).isEqualTo(outreach.today());
        assertThat(reported.deliveredOn()).isEqualTo(outreach.today());
        // Reported taskings leave My desk's list.
        wait.until(
                d -> d.findElements(By.cssSelector("vaadin-button[aria-label='Mark reported: " + where + "']")).stream()
                        .noneMatch(WebElement::isDisplayed));
    }

    private WebElement step(String label) {
        return wait.until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> (label + ": " + where).equals(b.getDomAttribute("aria-label")))
                .findFirst()
                .orElse(null));
    }

    /** On the campaign and country the form opened with: the post, the first counterpart listed and the ambassador. */
    private void fillMeetingStart(WebElement form) {
        wait.until(d -> !inputOf(field(form, "vaadin-combo-box", "Post"))
                .getDomProperty("value")
                .isEmpty());
        WebElement counterparts = field(form, "vaadin-multi-select-combo-box", "Counterparts met");
        inputOf(counterparts).sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item"))
                .isEmpty());
        inputOf(counterparts).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> ((Number) ((JavascriptExecutor) d)
                                .executeScript("return arguments[0].selectedItems.length;", counterparts))
                        .intValue()
                > 0);
        inputOf(counterparts).sendKeys(Keys.ESCAPE);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-overlay[opened]"))
                .isEmpty());
        chooseInComboBox(field(form, "vaadin-combo-box", "Delivered by"), "Ambassador");
    }

    /** Uploads a small PDF as the non-paper left with the counterpart, in French, version 2. */
    private void attachNonPaper(WebElement form) {
        Path file;
        try {
            file = Files.createTempDirectory("journey-upload").resolve("non-paper-tokyo.pdf");
            Files.writeString(
                    file,
                    "%PDF-1.4\n1 0 obj << /Title (Non-paper on model distillation) >> endobj\ntrailer << >>\n%%EOF\n",
                    StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WebElement upload = form.findElement(By.id("documents-left-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        WebElement row = wait.until(d -> form.findElements(By.cssSelector(".documents-left vaadin-text-field")).stream()
                .filter(f -> "Language".equals(f.getDomProperty("label")))
                .findFirst()
                .orElse(null));
        inputOf(row).sendKeys("French");
        screenshot("tasking-meeting-non-paper");
    }

    private TaskingRef tasking() {
        return outreach.as("manager", () -> taskings.taskingOf(campaign.id(), outreach.countryId("JP")))
                .orElseThrow();
    }

    private TaskingState state() {
        return tasking().state();
    }
}
