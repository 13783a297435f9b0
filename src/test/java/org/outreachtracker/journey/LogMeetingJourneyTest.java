package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The desk officer's everyday journey: log a meeting with two raised points and a follow-up,
 * find it again with the list's filters, and again from the bookmarked address.
 */
class LogMeetingJourneyTest extends BrowserTest {

    @Test
    void officerLogsAMeetingAndFindsItWithTheFilters() {
        String marker = "Journey-" + UUID.randomUUID().toString().substring(0, 8);
        signIn("officer", "officer-demo-2026");
        waitForNavigation();

        driver.findElement(By.id("log-meeting")).click();
        wait.until(ExpectedConditions.urlContains("/meetings/new"));
        WebElement form = wait.until(d -> d.findElement(By.cssSelector(".meeting-form")));

        WebElement campaign = field(form, "vaadin-combo-box", "Campaign");
        if (!inputOf(campaign).getDomProperty("value").startsWith("Warning on the extraction")) {
            inputOf(campaign).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            chooseInComboBox(campaign, "Warning on the extraction and distillation of proprietary AI models");
        }
        chooseInComboBox(field(form, "vaadin-combo-box", "Country"), "Japan");
        wait.until(d -> !inputOf(field(form, "vaadin-combo-box", "Post")).getDomProperty("value").isEmpty());
        WebElement counterparts = field(form, "vaadin-multi-select-combo-box", "Counterparts met");
        inputOf(counterparts).sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).isEmpty());
        inputOf(counterparts).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        // Chosen means in the selection: the box always holds one hidden overflow chip.
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].selectedItems.length;",
                counterparts)).intValue() > 0);
        inputOf(counterparts).sendKeys(Keys.ESCAPE);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-overlay[opened]")).isEmpty());
        chooseInComboBox(field(form, "vaadin-combo-box", "Delivered by"), "Ambassador");

        List<WebElement> points = form.findElements(By.cssSelector(".point-row vaadin-checkbox"));
        click(points.get(0));
        click(points.get(1));
        chooseInSelect(field(form, "vaadin-select", "Reaction to point 1"), "Agreed");
        chooseInSelect(field(form, "vaadin-select", "Reaction to point 2"), "Asked for more");
        chooseInSelect(field(form, "vaadin-select", "Overall response"), "Receptive");
        field(form, "vaadin-text-area", "Summary").findElement(By.tagName("textarea"))
                .sendKeys("Delivered both points. " + marker + " The counterpart asked for the indicators.");

        click(driver.findElement(By.id("add-follow-up")));
        WebElement followUp = wait.until(d -> d.findElement(By.cssSelector(".follow-up-row")));
        field(followUp, "vaadin-text-field", "Follow-up 1").findElement(By.tagName("input"))
                .sendKeys("Send the indicators " + marker);
        screenshot("journey-meeting-form");

        click(driver.findElement(By.id("save-meeting")));
        wait.until(ExpectedConditions.urlMatches(".*/meetings/\\d+$"));
        wait.until(d -> !d.findElements(By.cssSelector(".meeting-meta")).isEmpty());
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Send the indicators " + marker);

        open("meetings");
        WebElement filters = wait.until(d -> d.findElement(By.cssSelector(".meeting-filters")));
        chooseInComboBox(field(filters, "vaadin-combo-box", "Country"), "Japan");
        WebElement search = field(filters, "vaadin-text-field", "Search").findElement(By.tagName("input"));
        search.sendKeys(marker);
        search.sendKeys(Keys.TAB);
        wait.until(d -> d.findElement(By.cssSelector(".result-count")).getText().equals("1 meeting"));
        wait.until(ExpectedConditions.urlContains("country=JP"));
        wait.until(ExpectedConditions.urlContains("q=" + marker));
        assertThat(gridText()).contains("Japan").contains("Receptive").contains("Olivia Officer (demo)");
        screenshot("journey-meetings-filtered");

        String bookmark = driver.getCurrentUrl();
        driver.navigate().to("about:blank");
        driver.navigate().to(bookmark);
        wait.until(d -> d.findElement(By.cssSelector(".result-count")).getText().equals("1 meeting"));
        assertThat(inputOf(field(driver.findElement(By.cssSelector(".meeting-filters")), "vaadin-text-field", "Search"))
                .getDomProperty("value")).isEqualTo(marker);
        assertThat(gridText()).contains("Japan");
    }

    private String gridText() {
        return wait.until(d -> {
            String text = String.join(" | ", d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).toList());
            return text.contains("Japan") ? text : null;
        });
    }

    /** The field of that tag whose label is exactly {@code label}. */
    private WebElement field(WebElement scope, String tag, String label) {
        return wait.until(d -> scope.findElements(By.cssSelector(tag)).stream()
                .filter(e -> label.equals(e.getDomProperty("label")))
                .findFirst().orElse(null));
    }

    private static WebElement inputOf(WebElement field) {
        return field.findElement(By.tagName("input"));
    }

    private void chooseInComboBox(WebElement comboBox, String text) {
        WebElement input = inputOf(comboBox);
        input.sendKeys(text);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ENTER);
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }

    private void chooseInSelect(WebElement select, String label) {
        click(select);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && label.equals(e.getText().strip())).findFirst().orElse(null));
        item.click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
        wait.until(d -> select.getText().contains(label));
    }
}
