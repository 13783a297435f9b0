package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

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
        String meetingsHeading = panel.findElement(By.xpath(".//h3[starts-with(., 'Meetings (')]")).getText();
        String count = meetingsHeading.replaceAll("\\D", "");
        screenshot("journey-coverage-panel");

        click(panel.findElement(By.partialLinkText("All meetings of Brazil")));

        wait.until(ExpectedConditions.urlContains("/meetings?"));
        assertThat(driver.getCurrentUrl()).contains("country=BR").contains("campaign=");
        wait.until(d -> d.findElement(By.cssSelector(".result-count")).getText()
                .equals(count + (count.equals("1") ? " meeting" : " meetings")));
    }

    @Test
    void aCountryOpensFromTheKeyboard() {
        signIn("manager", "manager-demo-2026");
        waitForNavigation();
        open("coverage");

        WebElement japan = wait.until(d -> d.findElement(By.cssSelector("svg.coverage-map [data-country='JP']")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus()", japan);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        wait.until(d -> d.findElement(By.cssSelector(".country-panel")).getText().contains("Japan"));
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> !d.findElement(By.cssSelector(".country-panel")).isDisplayed());
    }
}
