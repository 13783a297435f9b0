package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The axe scan again, on a phone (390 px, touch) and in Arabic (the browser asks for it), right
 * to left: the pages an officer uses in the field, the meeting form with a follow-up row, the
 * sign-in page and the language page, and a manager's coverage.
 */
class AccessibilityScanPhoneArabicTest extends BrowserTest {

    private final List<String> problems = new ArrayList<>();

    @Override
    void configure(ChromeOptions options) {
        options.addArguments("--lang=ar");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ar"));
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true)));
    }

    @Test
    void theOfficersPagesOnAPhoneInArabicHaveNoViolations() {
        open("login");
        AxeScan.waitUntilSettled(wait);
        AxeScan.scan(driver, "/login (phone, Arabic)", problems);

        signIn("officer", "officer-demo-2026");
        waitForNavigation();
        assertThat(((JavascriptExecutor) driver).executeScript("return document.documentElement.dir"))
                .isEqualTo("rtl");
        for (String route : List.of("my-desk", "meetings", "follow-ups", "counterparts", "account/display")) {
            open(route);
            AxeScan.waitUntilSettled(wait);
            AxeScan.scan(driver, "/" + route + " (officer, phone, Arabic)", problems);
            if (route.equals("my-desk")) {
                screenshot("phone-arabic-my-desk");
            }
        }
        open("meetings/new");
        AxeScan.waitUntilSettled(wait);
        click(driver.findElement(By.id("add-follow-up")));
        AxeScan.waitUntilSettled(wait);
        AxeScan.scan(driver, "/meetings/new with a follow-up row (officer, phone, Arabic)", problems);
        ((JavascriptExecutor) driver).executeScript("document.querySelector('vaadin-app-layout').scrollTop = 0;");
        screenshot("phone-arabic-meeting-form");

        problems.forEach(problem -> System.out.println("ACCESSIBILITY " + problem));
        assertThat(problems).as("accessibility violations").isEmpty();
    }

    @Test
    void aManagersCoverageOnAPhoneInArabicHasNoViolations() {
        // The phone shows the coverage table's cards instead of the map.
        signIn("manager", "manager-demo-2026");
        waitForNavigation();
        open("coverage");
        AxeScan.waitUntilSettled(wait);
        AxeScan.scan(driver, "/coverage (manager, phone, Arabic)", problems);
        screenshot("phone-arabic-coverage");

        problems.forEach(problem -> System.out.println("ACCESSIBILITY " + problem));
        assertThat(problems).as("accessibility violations").isEmpty();
    }
}
