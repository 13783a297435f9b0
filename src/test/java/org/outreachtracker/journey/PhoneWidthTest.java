package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachtracker.RouteAccessMatrixTest;
import org.outreachtracker.security.ui.LoginView;
import org.outreachtracker.shell.NotAllowedPage;

/**
 * On the narrowest phones we design for (360 px wide), no page of any role scrolls sideways: only
 * a data table may, inside its own box, when the user scrolls it on purpose. One browser per role
 * opens every page that role may open, in turn.
 */
class PhoneWidthTest extends BrowserTest {

    private static final int PHONE_WIDTH = 360;

    /**
     * What sticks out to the right of the page, widest first: elements whose right edge is past the
     * window (cut off or not), unless a box that scrolls sideways and fits the window holds them,
     * such as a data table.
     */
    private static final String OVERFLOW = """
            const root = document.documentElement;
            const width = root.clientWidth;
            const fits = e => e.getBoundingClientRect().right <= width + 1;
            const scrollsInside = e => {
                for (let box = e.parentElement; box && box !== document.body; box = box.parentElement) {
                    if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX) && fits(box)) {
                        return true;
                    }
                }
                return false;
            };
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.classList.length ? '.' + [...e.classList].join('.') : '');
            const out = [...document.querySelectorAll('body *')]
                .filter(e => !e.closest('vaadin-grid') && e.getBoundingClientRect().width > 0 && !fits(e)
                        && !scrollsInside(e))
                .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
                .slice(0, 3)
                .map(e => name(e) + ' ends at ' + Math.round(e.getBoundingClientRect().right) + ' px');
            return {scrollWidth: root.scrollWidth, clientWidth: width, widest: out};
            """;

    @ParameterizedTest
    @ValueSource(strings = {"officer", "manager", "admin"})
    void noPageScrollsSidewaysOnA360PixelPhone(String role) {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 800));
        signIn(role, role + "-demo-2026");
        waitForNavigation();
        long innerWidth = ((Number) js().executeScript("return window.innerWidth")).longValue();
        assertThat(innerWidth).as("the window's width").isLessThanOrEqualTo(PHONE_WIDTH);

        Map<String, Object> tooWide = new LinkedHashMap<>();
        for (String page : pagesOf(role)) {
            open(page);
            settle();
            Map<?, ?> measured = measure();
            if (!fitsWidth(measured)) {
                // Something may still be settling (a grid finding its columns): wait a little for it.
                try {
                    new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> fitsWidth(measure()));
                    measured = measure();
                } catch (org.openqa.selenium.TimeoutException stillTooWide) {
                    measured = measure();
                }
            }
            if (!fitsWidth(measured)) {
                tooWide.put(page, measured);
                screenshot("too-wide-" + role + "-" + page.replace('/', '_'));
            }
        }

        assertThat(tooWide)
                .as("pages wider than a %d px phone for %s (page → its width and what sticks out)", PHONE_WIDTH, role)
                .isEmpty();
    }

    /** Every address the role may open (the other pages are the same "not allowed" page). */
    private static List<String> pagesOf(String role) {
        List<String> pages = new ArrayList<>();
        new TreeMap<>(RouteAccessMatrixTest.EXPECTED).forEach((route, outcomes) -> {
            Class<?> view = outcomes.get(role);
            if (view != LoginView.class && view != NotAllowedPage.class && !route.equals("sign-in/code")) {
                pages.add(RouteAccessMatrixTest.OPEN_AT.getOrDefault(route, route));
            }
        });
        pages.add("no-such-page");
        return pages;
    }

    /** Waits until the page has its title and the browser has no request to the server under way. */
    private void settle() {
        wait.until(d -> !d.findElements(By.cssSelector(".view-title, h1")).isEmpty());
        wait.until(d -> Boolean.TRUE.equals(js().executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return document.readyState === 'complete' && !!clients
                    && Object.values(clients).every(client => !client.isActive || !client.isActive());
                """)));
    }

    private Map<?, ?> measure() {
        return (Map<?, ?>) js().executeScript(OVERFLOW);
    }

    private static boolean fitsWidth(Map<?, ?> measured) {
        return ((Number) measured.get("scrollWidth")).longValue()
                        <= ((Number) measured.get("clientWidth")).longValue() + 1
                && ((List<?>) measured.get("widest")).isEmpty();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
