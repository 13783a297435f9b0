package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What only a browser shows: the icon in the tab, a badge that fits its column, chart text big
 * enough to read, one colour per coverage status on every page, and pages that fit a phone.
 */
class AppearanceJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPageHasTheApplicationsIconAndNoRequestForItFails() {
        open("login");
        acknowledgeNotice();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> icons = (List<Map<String, Object>>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const hrefs = [...document.querySelectorAll('link[rel~="icon"]')].map(link => link.href);
                hrefs.push(new URL('/favicon.ico', location.href).href);
                Promise.all(hrefs.map(href => fetch(href).then(response =>
                        ({href, status: response.status, type: response.headers.get('content-type')}))))
                    .then(done, error => done([{href: String(error), status: 0, type: ''}]));
                """);

        assertThat(icons).hasSizeGreaterThanOrEqualTo(3);
        assertThat(icons).allSatisfy(icon -> {
            assertThat(((Number) icon.get("status")).intValue())
                    .as(String.valueOf(icon.get("href")))
                    .isEqualTo(200);
            assertThat(String.valueOf(icon.get("type")))
                    .as(String.valueOf(icon.get("href")))
                    .startsWith("image/");
        });
        assertThat(icons)
                .anySatisfy(icon -> assertThat(String.valueOf(icon.get("type"))).startsWith("image/svg+xml"));
    }

    @Test
    void theUsersStateColumnHoldsTheLongestStateWhole() {
        signIn("admin", "admin-demo-2026");
        waitForNavigation();
        open("admin/users");
        wait.until(d ->
                !d.findElements(By.cssSelector(".users-grid .account-state")).isEmpty());

        // The demo accounts are all active: the longest state is measured in the same cell.
        Map<?, ?> fit = (Map<?, ?>) js().executeScript("""
                const badge = document.querySelector('.users-grid .account-state');
                const shown = {className: badge.className, text: badge.textContent};
                badge.className = 'account-state account-state-password-change-required';
                badge.textContent = 'Must change password';
                const cell = badge.closest('vaadin-grid-cell-content');
                const result = {badge: badge.getBoundingClientRect().right, cell: cell.getBoundingClientRect().right,
                                overflow: cell.scrollWidth - cell.clientWidth};
                badge.className = shown.className;
                badge.textContent = shown.text;
                return result;
                """);
        screenshot("users-grid");

        assertThat(((Number) fit.get("overflow")).doubleValue())
                .as("the cell's content wider than the cell")
                .isLessThanOrEqualTo(0);
        assertThat(((Number) fit.get("badge")).doubleValue())
                .as("the badge's right edge")
                .isLessThanOrEqualTo(((Number) fit.get("cell")).doubleValue());
    }

    @Test
    void chartTextIsAtLeastTwelvePixelsHigh() {
        signIn("manager", "manager-demo-2026");
        waitForNavigation();
        open("dashboard");
        wait.until(d -> d.findElements(By.cssSelector("svg.chart")).size() >= 3);

        // The dashboard's columns settle after the charts arrive (while the layout finds its width),
        // so the labels are measured until they are at their final size, for up to ten seconds.
        List<Map<String, Object>> small = List.of();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            small = smallChartLabels();
        } while (!small.isEmpty() && System.nanoTime() < until && pause(Duration.ofMillis(250)));
        screenshot("dashboard-charts");

        Object widths = js().executeScript("return [...document.querySelectorAll('svg.chart')]"
                + ".map(svg => Math.round(svg.getBoundingClientRect().width) + ' of ' + svg.viewBox.baseVal.width)");
        assertThat(small)
                .as("chart labels drawn smaller than 12 px (charts shown at %s px)", widths)
                .isEmpty();
    }

    @Test
    void onAPhoneEveryPageFitsTheScreenAndSaysWhichPageItIs() {
        driver.manage().window().setSize(new Dimension(390, 844));
        signIn("manager", "manager-demo-2026");
        wait.until(d -> !d.findElements(By.cssSelector(".view-title")).isEmpty());
        Map<String, Object> problems = new LinkedHashMap<>();
        long meeting = jdbc.queryForObject("select min(id) from meeting where deleted_at is null", Long.class);
        for (String page : List.of(
                "dashboard",
                "coverage",
                "meetings",
                "meetings/new",
                "meetings/" + meeting,
                "campaigns",
                "follow-ups",
                "counterparts")) {
            open(page);
            wait.until(
                    d -> !d.findElement(By.cssSelector(".view-title")).getText().isBlank());
            if (page.equals("dashboard")) {
                wait.until(d -> d.findElements(By.cssSelector("svg.chart")).size() >= 3);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> found = (Map<String, Object>) js().executeScript("""
                    // Grids and wide tables scroll sideways inside a box that fits the screen; anything
                    // else must end within the screen.
                    const fits = e => e.getBoundingClientRect().right <= innerWidth + 1;
                    const scrollsInside = e => {
                        for (let box = e.parentElement; box && box.tagName !== 'MAIN'; box = box.parentElement) {
                            if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX) && fits(box)) {
                                return true;
                            }
                        }
                        return false;
                    };
                    const sticking = [...document.querySelectorAll('main *')]
                        .filter(e => !e.closest('vaadin-grid') && e.getBoundingClientRect().width > 0 && !fits(e)
                                && !scrollsInside(e))
                        .map(e => e.tagName.toLowerCase() + (e.classList.length ? '.' + [...e.classList].join('.') : ''));
                    const title = document.querySelector('.view-title');
                    return {outside: [...new Set(sticking)].slice(0, 5),
                            title: title.scrollWidth > title.clientWidth + 1 ? title.textContent + ' cut' : ''};
                    """);
            if (!((List<?>) found.get("outside")).isEmpty()
                    || !found.get("title").toString().isEmpty()) {
                problems.put(page, found);
            }
        }
        screenshot("phone-last-page");

        assertThat(problems)
                .as("pages wider than a 390 px phone, or whose name is cut")
                .isEmpty();
        // On a phone, Password, Authenticator app and Sign out are in the account menu.
        Object headerLinksOutside = js().executeScript("return ['user-menu'].filter(id => {"
                + " const r = document.getElementById(id).getBoundingClientRect();"
                + " return r.width === 0 || r.left < 0 || r.right > window.innerWidth; })");
        assertThat((List<?>) headerLinksOutside)
                .as("header buttons cut off on a phone")
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> smallChartLabels() {
        return (List<Map<String, Object>>) js().executeScript("""
                return [...document.querySelectorAll('svg.chart text')]
                    .map(text => ({text: text.textContent,
                                   px: parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a}))
                    .filter(label => label.px < 12);
                """);
    }

    private static boolean pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
        return true;
    }

    @Test
    void aStatusHasTheSameColourOnMyDeskTheMapAndTheDashboard() {
        signIn("manager", "manager-demo-2026");
        waitForNavigation();
        open("coverage");
        wait.until(d -> !d.findElements(By.cssSelector("svg.coverage-map .status-supportive path"))
                .isEmpty());
        String map = (String) js().executeScript("return getComputedStyle("
                + "document.querySelector('svg.coverage-map .status-supportive path')).fill");
        open("dashboard");
        wait.until(d -> !d.findElements(By.cssSelector("svg.chart rect.ot-fill-supportive"))
                .isEmpty());
        String dashboard = (String) js().executeScript("return getComputedStyle("
                + "document.querySelector('svg.chart rect.ot-fill-supportive')).fill");
        driver.findElement(By.id("sign-out")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/login"));

        signIn("officer", "officer-demo-2026");
        waitForNavigation();
        open("my-desk");
        wait.until(d -> !d.findElements(By.cssSelector(".status-badge.status-supportive"))
                .isEmpty());
        String desk = (String) js().executeScript("return getComputedStyle("
                + "document.querySelector('.status-badge.status-supportive')).backgroundColor");

        assertThat(map).isEqualTo("rgb(44, 123, 182)");
        assertThat(dashboard).as("Supportive on the dashboard").isEqualTo(map);
        assertThat(desk).as("Supportive on My desk").isEqualTo(map);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
