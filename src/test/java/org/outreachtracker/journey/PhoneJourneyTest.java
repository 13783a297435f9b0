package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A desk officer on a phone in the car (390 × 844, touch): logs a meeting with two points and a
 * follow-up, saves it and finds it again in the meetings list, shown as cards, through the folded
 * filters.
 */
class PhoneJourneyTest extends BrowserTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @Override
    void configure(ChromeOptions options) {
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 3.0, "touch", true)));
    }

    @Test
    void officerLogsAMeetingOnAPhoneAndFindsItInTheList() {
        String marker = "Phone-" + UUID.randomUUID().toString().substring(0, 8);
        signIn("officer", "officer-demo-2026");
        wait.until(d -> !d.findElements(By.id("log-meeting")).isEmpty());
        assertThat(number("return window.innerWidth")).isEqualTo(WIDTH);

        // The bar is at the top and one line: the banner, the menu button, the page's name, the account menu.
        Map<?, ?> bar = (Map<?, ?>) js().executeScript("""
                const rect = s => { const e = document.querySelector(s); return e ? e.getBoundingClientRect() : null; };
                const banner = rect('.handling-banner'), appBar = rect('.app-bar'), menu = rect('#user-menu');
                return {bannerTop: banner ? banner.top : 0, barBottom: appBar.bottom, barTop: appBar.top,
                        menuRight: menu.right, menuWidth: menu.width};
                """);
        assertThat(num(bar, "bannerTop")).as("the handling banner's top").isLessThanOrEqualTo(1);
        assertThat(num(bar, "barBottom")).as("the bar's bottom edge").isLessThan(90);
        assertThat(num(bar, "menuWidth")).as("the account menu button").isPositive();
        assertThat(num(bar, "menuRight")).as("the account menu's right edge").isLessThanOrEqualTo(WIDTH);
        assertThat(viewTitle()).isEqualTo("My desk");
        assertThat(driver.findElement(By.id("sign-out")).isDisplayed())
                .as("Sign out is in the account menu, not in the bar")
                .isFalse();
        WebElement logMeeting = driver.findElement(By.id("log-meeting"));
        assertThat(logMeeting.getRect().getX() + logMeeting.getRect().getWidth())
                .as("the Log a meeting button's right edge")
                .isLessThanOrEqualTo(WIDTH);
        screenshot("phone-my-desk");

        click(logMeeting);
        wait.until(ExpectedConditions.urlContains("/meetings/new"));
        WebElement form = wait.until(d -> d.findElement(By.cssSelector(".meeting-form")));
        fillMeetingStart(form, "Japan");

        // One column: the fields are as wide as the form.
        WebElement country = field(form, "vaadin-combo-box", "Country");
        WebElement post = field(form, "vaadin-combo-box", "Post");
        assertThat(post.getRect().getY())
                .as("Post under Country")
                .isGreaterThan(country.getRect().getY());

        List<WebElement> points = form.findElements(By.cssSelector(".point-row vaadin-checkbox"));
        assertThat(points.getFirst().getRect().getHeight())
                .as("a talking point's tap target height")
                .isGreaterThanOrEqualTo(44);
        click(points.get(0));
        click(points.get(1));
        WebElement reaction = field(form, "vaadin-select", "Reaction to point 1");
        chooseInSelect(reaction, "Agreed");
        chooseInSelect(field(form, "vaadin-select", "Reaction to point 2"), "Asked for more");
        assertThat(number(
                        "return arguments[0].shadowRoot.querySelector('[part~=\"input-field\"]')"
                                + ".getBoundingClientRect().height",
                        reaction))
                .as("a reaction's tap target height")
                .isGreaterThanOrEqualTo(44);
        chooseInSelect(field(form, "vaadin-select", "Overall response"), "Receptive");
        field(form, "vaadin-text-area", "Summary")
                .findElement(By.tagName("textarea"))
                .sendKeys("Met in the car park. " + marker);
        click(driver.findElement(By.id("add-follow-up")));
        WebElement followUp = wait.until(d -> d.findElement(By.cssSelector(".follow-up-row")));
        field(followUp, "vaadin-text-field", "Follow-up 1")
                .findElement(By.tagName("input"))
                .sendKeys("Send the paper " + marker);

        // The Save bar stays at the bottom of the screen wherever the form is scrolled to.
        js().executeScript("window.scrollTo(0, 0); document.querySelector('.meeting-form').scrollIntoView()");
        WebElement save = driver.findElement(By.id("save-meeting"));
        Map<?, ?> saveBox = (Map<?, ?>) js().executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom};", save);
        assertThat(num(saveBox, "bottom")).as("the Save button's bottom edge").isLessThanOrEqualTo(HEIGHT);
        assertThat(num(saveBox, "top")).as("the Save button's top edge").isGreaterThan(0);
        screenshot("phone-meeting-form");

        click(save);
        wait.until(ExpectedConditions.urlMatches(".*/meetings/\\d+$"));
        String saved = driver.getCurrentUrl();
        wait.until(d -> !d.findElements(By.cssSelector(".meeting-meta")).isEmpty());
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Send the paper " + marker);
        assertThat(number("return Math.max(...[...document.querySelectorAll('.form-actions vaadin-button')]"
                        + ".map(b => b.getBoundingClientRect().right))"))
                .as("the right edge of the meeting's buttons (Delete meeting)")
                .isLessThanOrEqualTo(WIDTH);
        assertThat((List<?>) js().executeScript("""
                        return [...document.querySelectorAll('.form-actions vaadin-button')].filter(b => {
                            const label = b.shadowRoot.querySelector('[part~="label"]');
                            return label && label.scrollWidth > label.clientWidth + 1;
                        }).map(b => b.textContent.trim());"""))
                .as("buttons whose words are cut on a phone")
                .isEmpty();
        wait.until(
                d -> d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
        screenshot("phone-meeting-saved");

        // The meetings list, from the menu in the drawer.
        click(driver.findElement(By.cssSelector("vaadin-drawer-toggle")));
        WebElement meetingsItem =
                wait.until(d -> d.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                        .filter(e -> e.isDisplayed() && e.getText().strip().equals("Meetings"))
                        .findFirst()
                        .orElse(null));
        click(meetingsItem);
        wait.until(ExpectedConditions.urlMatches(".*/meetings$"));
        wait.until(d -> !d.findElements(By.cssSelector(".row-card")).isEmpty());

        // The filters are folded behind one button, which says how many are in force.
        WebElement toggle = driver.findElement(By.cssSelector(".meeting-filters .filter-toggle"));
        assertThat(toggle.getText()).isEqualTo("Filters (0)");
        WebElement search =
                field(driver.findElement(By.cssSelector(".meeting-filters")), "vaadin-text-field", "Search");
        assertThat(search.isDisplayed())
                .as("the search filter before opening the filters")
                .isFalse();
        click(toggle);
        wait.until(d -> search.isDisplayed());
        inputOf(search).sendKeys(marker, Keys.TAB);
        wait.until(d -> d.findElement(By.cssSelector(".result-count")).getText().equals("1 meeting"));
        wait.until(d -> toggle.getText().equals("Filters (1)"));
        click(toggle);
        wait.until(d -> !search.isDisplayed());

        WebElement card = wait.until(d -> d.findElements(By.cssSelector(".row-card")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains("Japan"))
                .findFirst()
                .orElse(null));
        assertThat(card.getText()).contains("Japan").contains("Receptive");
        assertThat(driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .filter(WebElement::isDisplayed)
                        .map(WebElement::getText)
                        .anyMatch(text -> text.strip().equals("Reported by")))
                .as("the desktop columns are not shown on a phone")
                .isFalse();
        screenshot("phone-meetings-list");

        click(card);
        wait.until(ExpectedConditions.urlToBe(saved));
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Send the paper " + marker));
    }

    @Test
    void managerSeesCoverageAsATableOnAPhone() {
        signIn("manager", "manager-demo-2026");
        waitForNavigation();
        open("coverage");
        WebElement card = wait.until(d -> d.findElements(By.cssSelector("#coverage-table .row-card")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
        assertThat(driver.findElement(By.cssSelector(".coverage-map-frame")).isDisplayed())
                .as("the world map on a phone")
                .isFalse();
        assertThat(driver.findElement(By.cssSelector(".map-phone-note")).isDisplayed())
                .isTrue();
        String country = card.findElement(By.cssSelector(".card-title")).getText();
        screenshot("phone-coverage");

        click(card);
        WebElement panel = wait.until(d -> d.findElements(By.cssSelector(".country-panel")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
        wait.until(d -> panel.getText().contains(country));
        assertThat(number("return arguments[0].getBoundingClientRect().top", panel))
                .as("the country's panel is scrolled into view")
                .isBetween(0L, (long) HEIGHT);
        screenshot("phone-coverage-country");
    }

    private long number(String script, Object... arguments) {
        return Math.round(((Number) js().executeScript(script, arguments)).doubleValue());
    }

    private static double num(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
