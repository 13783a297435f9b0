package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.outreachtracker.UnsavedDrafts;
import org.outreachtracker.base.ui.Formats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What only a browser shows of the meeting form: dates typed as the pages write them, a long
 * summary pasted whole, the people chosen shown by name, Ctrl+S, the question before leaving
 * with unsaved input, and the draft offered back after the browser was closed.
 */
class MeetingEntryJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    @AfterEach
    void clearDrafts() {
        UnsavedDrafts.clear(jdbc);
    }

    @Test
    void datesAreShownAndTypedAsThePagesWriteThem() {
        WebElement form = openNewMeeting();
        WebElement date = field(form, "vaadin-date-picker", "Date of the meeting");
        String today = Formats.date(LocalDate.now(clock));
        assertThat(inputOf(date).getDomProperty("value")).isEqualTo(today);

        typeDate(date, "2 Jun 2026");
        wait.until(d -> "2026-06-02".equals(date.getDomProperty("value")));
        assertThat(inputOf(date).getDomProperty("value")).isEqualTo("2 Jun 2026");
        assertThat(date.getDomProperty("invalid")).isEqualTo("false");

        typeDate(date, "2 Dec 2026");
        waitForError(date, "The meeting cannot be in the future. The latest is " + today + ".");

        typeDate(date, "02/12/2026");
        waitForError(
                date,
                "\"02/12/2026\" could be 2 Dec 2026 or 12 Feb 2026. Write the month as a word, as in"
                        + " 2 Dec 2026, or use 2026-12-02.");

        typeDate(date, "2026-06-03");
        wait.until(d -> "2026-06-03".equals(date.getDomProperty("value")));
        wait.until(d -> "3 Jun 2026".equals(inputOf(date).getDomProperty("value")));
        assertThat(date.getDomProperty("invalid")).isEqualTo("false");
        screenshot("journey-meeting-date");
    }

    @Test
    void aLongSummaryIsKeptWholeAndCounted() {
        WebElement form = openNewMeeting();
        WebElement summary = field(form, "vaadin-text-area", "Summary");
        WebElement textarea = summary.findElement(By.tagName("textarea"));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                        textarea,
                        "x".repeat(9_995));

        click(textarea);
        textarea.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "abcdef");
        textarea.sendKeys(Keys.TAB);

        wait.until(d -> "10,001 of 10,000 characters".equals(summary.getDomProperty("helperText")));
        assertThat(textarea.getDomProperty("value")).hasSize(10_001).endsWith("abcdef");
        waitForError(summary, "The summary is 1 character too long: shorten it to 10,000 characters or fewer.");
    }

    @Test
    void peoplePickedEarlierAndSomeoneNewAreAllSavedAndTheNewPersonJoinsTheDirectoryOnlyThen() {
        WebElement form = openNewMeeting();
        fillMeetingStart(form, "Japan");
        WebElement people = field(form, "vaadin-multi-select-combo-box", "Counterparts met");
        inputOf(people).sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item"))
                .isEmpty());
        inputOf(people).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> selected(people) == 2);
        // Done choosing: Tab leaves the field and closes its list.
        inputOf(people).sendKeys(Keys.TAB);
        wait.until(d -> people.getDomAttribute("opened") == null);

        String name = "Haruka Sato " + java.util.UUID.randomUUID().toString().substring(0, 6);
        click(form.findElement(By.xpath(".//vaadin-button[contains(., 'New counterpart')]")));
        WebElement dialog = wait.until(d -> d.findElement(By.cssSelector("vaadin-dialog[opened]")));
        inputOf(field(dialog, "vaadin-text-field", "Name")).sendKeys(name);
        inputOf(field(dialog, "vaadin-text-field", "Title")).sendKeys("Director");
        inputOf(field(dialog, "vaadin-text-field", "Organization")).sendKeys("METI");
        click(dialog.findElement(By.xpath(".//vaadin-button[contains(., 'Add counterpart')]")));
        wait.until(d -> selected(people) == 3);
        assertThat(listed(name))
                .as("not in the directory before the meeting is saved")
                .isZero();

        click(form.findElements(By.cssSelector(".point-row vaadin-checkbox")).get(0));
        chooseInSelect(field(form, "vaadin-select", "Reaction to point 1"), "Agreed");
        field(form, "vaadin-text-area", "Summary")
                .findElement(By.tagName("textarea"))
                .sendKeys("Met three people, one of them new.", Keys.chord(Keys.CONTROL, "s"));
        wait.until(ExpectedConditions.urlMatches(".*/meetings/\\d+$"));

        long meeting = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/meetings/", ""));
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_counterpart where meeting_id = ?", Long.class, meeting))
                .as("the two picked and the new person")
                .isEqualTo(3);
        assertThat(listed(name)).as("the new person, once").isEqualTo(1);
    }

    private long listed(String name) {
        return jdbc.queryForObject("select count(*) from counterpart where name = ?", Long.class, name);
    }

    @Test
    void theChosenPeopleShowByNameAndCtrlSSavesAndSaysSo() {
        WebElement form = openNewMeeting();
        chooseInComboBox(field(form, "vaadin-combo-box", "Country"), "Japan");
        WebElement people = field(form, "vaadin-multi-select-combo-box", "Counterparts met");
        for (int picked = 1; picked <= 2; picked++) {
            int wanted = picked;
            inputOf(people).sendKeys(Keys.ARROW_DOWN);
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item"))
                    .isEmpty());
            for (int down = 0; down < picked; down++) {
                inputOf(people).sendKeys(Keys.ARROW_DOWN);
            }
            inputOf(people).sendKeys(Keys.ENTER);
            wait.until(d -> selected(people) == wanted);
            inputOf(people).sendKeys(Keys.ESCAPE);
        }
        wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-overlay[opened]"))
                .isEmpty());
        var chips = people.findElements(By.cssSelector("vaadin-multi-select-combo-box-chip:not([slot='overflow'])"));
        assertThat(chips.stream().filter(WebElement::isDisplayed).map(chip -> chip.getDomProperty("label")))
                .as("both people shown by name")
                .hasSize(2)
                .allSatisfy(label -> assertThat(label).contains(","));
        assertThat(people.findElements(By.cssSelector("vaadin-multi-select-combo-box-chip[slot='overflow']")).stream()
                        .filter(WebElement::isDisplayed))
                .as("no overflow chip such as '1'")
                .isEmpty();
        screenshot("journey-meeting-people");

        chooseInComboBox(field(form, "vaadin-combo-box", "Delivered by"), "Ambassador");
        WebElement summary = field(form, "vaadin-text-area", "Summary").findElement(By.tagName("textarea"));
        summary.sendKeys("Saved with the keyboard.");
        WebElement save = driver.findElement(By.id("save-meeting"));
        assertThat(save.getText()).contains("Ctrl+S");
        summary.sendKeys(Keys.chord(Keys.CONTROL, "s"));

        wait.until(ExpectedConditions.urlMatches(".*/meetings/\\d+$"));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains("Meeting logged.")));
    }

    @Test
    void aRefusedSaveTakesTheUserToTheFirstFieldToCorrect() {
        signIn("officer", "officer-demo-2026");
        waitForNavigation();
        open("meetings/new");
        WebElement form = wait.until(d -> d.findElement(By.cssSelector(".meeting-form")));
        fillMeetingStart(form, "Japan");
        click(form.findElements(By.cssSelector(".point-row vaadin-checkbox")).get(0));
        WebElement summary = field(form, "vaadin-text-area", "Summary").findElement(By.tagName("textarea"));
        summary.sendKeys("Raised the first point; no reaction chosen yet.");
        summary.sendKeys(Keys.chord(Keys.CONTROL, "s"));

        wait.withMessage("the focus on the field to correct, Reaction to point 1");
        wait.until(d -> "Reaction to point 1".equals(((JavascriptExecutor) d).executeScript("""
                let focused = document.activeElement;
                while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                    focused = focused.shadowRoot.activeElement;
                }
                const field = focused && focused.closest('vaadin-select, vaadin-combo-box, vaadin-text-area');
                return field ? field.label : null;""")));
        assertThat(driver.getCurrentUrl()).as("nothing saved").endsWith("/meetings/new");
    }

    @Test
    void leavingThroughTheMenuAsksFirst() {
        WebElement form = openNewMeeting();
        WebElement summary = field(form, "vaadin-text-area", "Summary").findElement(By.tagName("textarea"));
        summary.sendKeys("Half a summary before the phone rang.");
        summary.sendKeys(Keys.TAB);

        click(menuItem("Campaigns"));
        WebElement question = wait.until(d -> d.findElement(By.cssSelector("vaadin-confirm-dialog[opened]")));
        assertThat(question.getDomProperty("header")).isEqualTo("Leave this meeting unsaved?");
        confirmButton("Keep editing").click();
        wait.until(d ->
                d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());
        assertThat(driver.getCurrentUrl()).endsWith("/meetings/new");
        assertThat(summary.getDomProperty("value")).isEqualTo("Half a summary before the phone rang.");

        // Closing or reloading the tab: the page asks the browser to confirm (a cancelled
        // beforeunload event; headless Chromium under WebDriver does not show the dialog itself).
        assertThat(leavingThePageIsQuestioned()).isTrue();

        click(menuItem("Campaigns"));
        wait.until(d -> d.findElement(By.cssSelector("vaadin-confirm-dialog[opened]")));
        confirmButton("Discard").click();
        wait.until(ExpectedConditions.urlMatches(".*/campaigns$"));
        assertThat(leavingThePageIsQuestioned()).as("nothing unsaved any more").isFalse();
    }

    @Test
    void theBrowsersBackButtonAsksFirst() {
        signIn("officer", "officer-demo-2026");
        waitForNavigation();
        click(wait.until(d -> d.findElement(By.id("log-meeting"))));
        wait.until(ExpectedConditions.urlContains("/meetings/new"));
        WebElement form = wait.until(d -> d.findElement(By.cssSelector(".meeting-form")));
        WebElement summary = field(form, "vaadin-text-area", "Summary").findElement(By.tagName("textarea"));
        summary.sendKeys("Typed before pressing Back by mistake.");
        summary.sendKeys(Keys.TAB);

        driver.navigate().back();

        WebElement question = wait.until(d -> d.findElement(By.cssSelector("vaadin-confirm-dialog[opened]")));
        assertThat(question.getDomProperty("header")).isEqualTo("Leave this meeting unsaved?");
        confirmButton("Keep editing").click();
        wait.until(ExpectedConditions.urlContains("/meetings/new"));
        assertThat(summary.getDomProperty("value")).isEqualTo("Typed before pressing Back by mistake.");
    }

    private boolean leavingThePageIsQuestioned() {
        return (Boolean) ((JavascriptExecutor) driver)
                .executeScript("const e = new Event('beforeunload',"
                        + " {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
    }

    @Test
    void theDraftIsOfferedBackAfterTheBrowserWasClosed() throws java.io.IOException {
        WebElement form = openNewMeeting();
        chooseInComboBox(field(form, "vaadin-combo-box", "Country"), "Japan");
        WebElement summary = field(form, "vaadin-text-area", "Summary").findElement(By.tagName("textarea"));
        summary.sendKeys("Delivered points one and two; to be finished after lunch.");
        summary.sendKeys(Keys.TAB);
        wait.until(d -> d.findElement(By.cssSelector(".draft-status")).getText().startsWith("Draft kept at"));
        wait.until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return typeof window.__outreachUnsaved === 'function';")));

        driver.quit();
        startBrowser();
        WebElement again = openNewMeeting();

        WebElement offer = wait.until(d -> d.findElement(By.cssSelector("vaadin-confirm-dialog[opened]")));
        assertThat(offer.getDomProperty("header"))
                .startsWith("Restore the draft from " + Formats.date(LocalDate.now(clock)));
        screenshot("journey-meeting-draft-offered");
        confirmButton("Restore the draft").click();
        WebElement restored = field(again, "vaadin-text-area", "Summary").findElement(By.tagName("textarea"));
        wait.until(d ->
                "Delivered points one and two; to be finished after lunch.".equals(restored.getDomProperty("value")));
        assertThat(inputOf(field(again, "vaadin-combo-box", "Country")).getDomProperty("value"))
                .isEqualTo("Japan");
    }

    private WebElement openNewMeeting() {
        signIn("officer", "officer-demo-2026");
        waitForNavigation();
        open("meetings/new");
        wait.until(ExpectedConditions.urlContains("/meetings/new"));
        return wait.until(d -> d.findElement(By.cssSelector(".meeting-form")));
    }

    private WebElement menuItem(String text) {
        return wait.until(d -> d.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .filter(item -> text.equals(item.getText().strip()))
                .findFirst()
                .orElse(null));
    }

    private WebElement confirmButton(String text) {
        return wait.until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog[opened] vaadin-button")).stream()
                .filter(button ->
                        button.isDisplayed() && text.equals(button.getText().strip()))
                .findFirst()
                .orElse(null));
    }

    private void typeDate(WebElement picker, String text) {
        WebElement input = inputOf(picker);
        click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text, Keys.ENTER);
        input.sendKeys(Keys.ESCAPE);
    }

    private void waitForError(WebElement field, String message) {
        wait.withMessage("the error message \"" + message + "\" under the field")
                .until(d -> "true".equals(field.getDomProperty("invalid"))
                        && message.equals(field.getDomProperty("errorMessage")));
    }

    private long selected(WebElement people) {
        return ((Number) ((JavascriptExecutor) driver)
                        .executeScript("return arguments[0].selectedItems.length;", people))
                .longValue();
    }
}
