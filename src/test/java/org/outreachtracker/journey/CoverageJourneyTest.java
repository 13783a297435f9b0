package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The manager's journey from the world map to the meetings behind one country. */
class CoverageJourneyTest extends BrowserTest {

    @Test
    void managerClicksACountryAndFollowsTheLinkToItsMeetings() {
        signIn("manager", "manager-demo-2026");
        waitForNavigation();
        open("coverage");

        WebElement brazil = wait.until(d -> d.findElement(By.cssSelector("svg.coverage-map [data-country='BR']")));
        assertThat(brazil.getDomAttribute("aria-label")).startsWith("Brazil: ");
        click(brazil);

        WebElement panel = wait.until(d -> d.findElement(By.cssSelector(".country-panel")));
        wait.until(d -> panel.isDisplayed() && panel.getText().contains("Brazil"));
        String meetingsHeading = panel.findElement(By.xpath(".//h3[starts-with(., 'Meetings (')]"))
                .getText();
        String count = meetingsHeading.replaceAll("\\D", "");
        screenshot("journey-coverage-panel");

        click(panel.findElement(By.partialLinkText("All meetings of Brazil")));

        wait.until(ExpectedConditions.urlContains("/meetings?"));
        assertThat(driver.getCurrentUrl()).contains("country=BR").contains("campaign=");
        wait.until(d -> d.findElement(By.cssSelector(".result-count"))
                .getText()
                .equals(count + (count.equals("1") ? " meeting" : " meetings")));
    }

    @Test
    void theTaskingModeColoursByTaskingStateAndOpensACountrysPanel() {
        signIn("manager", "manager-demo-2026");
        waitForNavigation();
        open("coverage");
        wait.until(d -> d.findElement(By.cssSelector("svg.coverage-map [data-country='BR']")));

        click(wait.until(d -> d.findElement(By.xpath("//vaadin-radio-button[normalize-space(.)='Tasking state']"))));

        By brazilOnTheMap = By.cssSelector("svg.coverage-map g.country[data-country='BR']");
        waitForClass("svg.coverage-map g.country[data-country='BR']", "status-tasking-");
        WebElement brazil = driver.findElement(brazilOnTheMap);
        assertThat(driver.findElement(By.cssSelector(".coverage-legend")).getText())
                .contains("Appointment requested", "Lapsed: past report-by, not reported");
        click(brazil);

        WebElement panel = wait.until(d -> d.findElement(By.cssSelector(".country-panel")));
        wait.until(d -> panel.isDisplayed() && panel.getText().contains("Brazil"));
        assertThat(panel.findElement(By.cssSelector(".panel-tasking")).getText())
                .startsWith("Tasking: ");
        screenshot("journey-coverage-tasking-panel");
    }

    @Test
    void theMapKeepsItsSizeWithACountryOpenAndOutlinesThatCountry() {
        signIn("manager", "manager-demo-2026");
        waitForNavigation();
        open("coverage");
        WebElement brazil = wait.until(d -> d.findElement(By.cssSelector("svg.coverage-map [data-country='BR']")));
        double closedWidth = width("svg.coverage-map");
        double closedHeight =
                number("return document.querySelector('svg.coverage-map').getBoundingClientRect().height");

        click(brazil);
        WebElement panel = wait.until(d -> d.findElement(By.cssSelector(".country-panel")));
        wait.until(d -> panel.isDisplayed() && panel.getText().contains("Brazil"));
        wait.until(d -> !d.findElements(By.cssSelector("svg.coverage-map-selection [data-selected='BR']"))
                .isEmpty());
        screenshot("coverage-panel-open");

        assertThat(width("svg.coverage-map"))
                .as("the map's width with the panel open")
                .isEqualTo(closedWidth);
        assertThat(number("return document.querySelector('svg.coverage-map').getBoundingClientRect().height"))
                .isEqualTo(closedHeight);
        // The outline lies exactly over Brazil, and the panel beside it does not hide it.
        var outline = rect("svg.coverage-map-selection [data-selected='BR']");
        var country = rect("svg.coverage-map [data-country='BR']");
        for (String side : List.of("left", "top", "right", "bottom")) {
            assertThat(outline.get(side)).as("the outline's " + side).isCloseTo(country.get(side), within(3.0));
        }
        var beside = rect(".country-panel");
        assertThat(beside.get("left") >= country.get("right") || beside.get("right") <= country.get("left"))
                .as("the panel is beside Brazil, not over it")
                .isTrue();
        // The two links at the panel's foot are on lines of their own.
        var all = rect(".country-panel .panel-links li:nth-child(1)");
        var brief = rect(".country-panel .panel-links li:nth-child(2)");
        assertThat(brief.get("top"))
                .as("the second link starts below the first")
                .isGreaterThanOrEqualTo(all.get("bottom"));
    }

    private double width(String selector) {
        return number("return document.querySelector('" + selector + "').getBoundingClientRect().width");
    }

    private double number(String script) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private java.util.Map<String, Double> rect(String selector) {
        var values = (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                                + " return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};",
                        selector);
        var result = new java.util.HashMap<String, Double>();
        values.forEach((key, value) -> result.put(key, ((Number) value).doubleValue()));
        return result;
    }

    @Test
    void aCountryOpensFromTheKeyboard() {
        signIn("manager", "manager-demo-2026");
        waitForNavigation();
        open("coverage");

        WebElement japan = wait.until(d -> d.findElement(By.cssSelector("svg.coverage-map [data-country='JP']")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus()", japan);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        wait.until(
                d -> d.findElement(By.cssSelector(".country-panel")).getText().contains("Japan"));
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> !d.findElement(By.cssSelector(".country-panel")).isDisplayed());
    }
}
