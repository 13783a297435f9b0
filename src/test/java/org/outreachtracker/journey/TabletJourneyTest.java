package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeOptions;

/** A manager on a tablet held upright (768 × 1024, touch): the coverage map and the dashboard fit the screen. */
class TabletJourneyTest extends BrowserTest {

    @Override
    void configure(ChromeOptions options) {
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 768, "height", 1024, "pixelRatio", 2.0, "touch", true)));
    }

    @Test
    void managerReadsTheCoverageMapAndTheDashboardOnATablet() {
        signIn("manager", "manager-demo-2026");
        waitForNavigation();
        open("coverage");
        wait.until(d -> !d.findElements(By.cssSelector("svg.coverage-map")).isEmpty());
        assertThat(number("return window.innerWidth")).isEqualTo(768);
        assertThat(number("return document.querySelector('.coverage-map-frame').getBoundingClientRect().width"))
                .as("the map's width on a tablet")
                .isGreaterThan(600);
        assertThat(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("sideways scrolling on the coverage page")
                .isLessThanOrEqualTo(1);
        assertThat(viewTitle()).isEqualTo("Coverage map");
        assertThat(number("return document.getElementById('user-menu').getBoundingClientRect().right"))
                .as("the account menu's right edge")
                .isLessThanOrEqualTo(768);
        screenshot("tablet-coverage");
        open("dashboard");
        wait.until(d -> d.findElements(By.cssSelector("svg.chart")).size() >= 3);
        assertThat(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("sideways scrolling on the dashboard")
                .isLessThanOrEqualTo(1);
        assertThat(number("return Math.min(...[...document.querySelectorAll('svg.chart')]"
                        + ".map(svg => svg.getBoundingClientRect().width))"))
                .as("the narrowest chart's width on a tablet")
                .isGreaterThan(300);
        screenshot("tablet-dashboard");
    }

    private long number(String script) {
        return Math.round(((Number) ((JavascriptExecutor) driver).executeScript(script)).doubleValue());
    }
}
