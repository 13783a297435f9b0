package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A manager's whole journey with the keyboard only — Tab, Shift+Tab, Enter, Space, arrows and
 * Escape, plus typing into fields: sign in, log a meeting with two raised points and a follow-up,
 * open a country's panel on the coverage map, sign out. At every stop the focused element must
 * be visibly marked.
 */
class KeyboardJourneyTest extends BrowserTest {

    /** What has the focus: the innermost focused element, its field label or text, and whether focus shows. */
    private static final String FOCUS = """
            let a = document.activeElement;
            while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
            if (!a || a === document.body) { return {label: '', text: '', country: '', visible: false, tag: 'body'}; }
            let label = '', visible = false, country = '', hostText = '', e = a;
            while (e) {
              if (e.matches && (e.matches(':focus-visible') || e.hasAttribute('focus-ring'))) { visible = true; }
              if (!label && e.label) { label = String(e.label); }
              if (!country && e.getAttribute && e.getAttribute('data-country')) { country = e.getAttribute('data-country'); }
              if (!hostText && e !== a && e.textContent && e.textContent.trim()) { hostText = e.textContent; }
              e = e.parentNode instanceof ShadowRoot ? e.parentNode.host : e.parentElement;
            }
            const own = (a.getAttribute && a.getAttribute('aria-label')) || a.innerText || '';
            const text = own.trim() ? own : hostText;
            return {label: label, text: text.trim().substring(0, 80), country: country, visible: visible,
                    tag: a.tagName.toLowerCase()};
            """;

    private final List<String> invisibleStops = new ArrayList<>();

    @Test
    void aManagerDoesTheWholeJourneyWithTheKeyboard() {
        open("login");
        // Focus starts on the notice's tick box, and Tab leads from it into the form.
        wait.until(d -> focus().get("label").toString().contains("I have read"));
        press(Keys.SPACE);
        wait.until(d -> d.findElement(By.id("acknowledge-notice")).getDomAttribute("checked") != null);
        press(Keys.TAB);
        assertThat(focus().get("label")).isEqualTo("Username");
        type("manager");
        press(Keys.TAB);
        assertThat(focus().get("label")).isEqualTo("Password");
        type("manager-demo-2026");
        press(Keys.ENTER);
        waitForNavigation();

        tabUntil(f -> f.get("text").toString().equals("Meetings"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/meetings"));
        tabUntil(f -> f.get("text").toString().contains("Log a meeting"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/meetings/new"));
        wait.until(d -> !d.findElements(By.cssSelector(".meeting-form")).isEmpty());

        tabUntil(f -> "Campaign".equals(f.get("label")));
        selectAll();
        type("Warning on the extraction");
        chooseFirstOption("Warning on the extraction");
        tabUntil(f -> "Country".equals(f.get("label")));
        type("Japan");
        chooseFirstOption("Japan");
        wait.until(
                d -> (Boolean)
                        ((JavascriptExecutor) d)
                                .executeScript(
                                        "return [...document.querySelectorAll("
                                                + "'vaadin-combo-box')].some(c => c.label === 'Post' && c.inputElement && c.inputElement.value !== '');"));
        tabUntil(f -> "Delivered by".equals(f.get("label")));
        type("Ambassador");
        chooseFirstOption("Ambassador");
        tabUntil(f -> "Counterparts met".equals(f.get("label")));
        press(Keys.ARROW_DOWN);
        // The counterparts load a page at a time: wait for this box's own options, not the items
        // the other combo boxes left in the page, and for the choice to reach the selection (the
        // box always holds one hidden overflow chip, so a chip alone proves nothing).
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return [...document.querySelectorAll("
                        + "'vaadin-multi-select-combo-box-item')].some(i => i.offsetParent && i.textContent.trim());"));
        press(Keys.ARROW_DOWN);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item[focused]"))
                .isEmpty());
        press(Keys.ENTER);
        wait.until(
                d -> (Boolean)
                        ((JavascriptExecutor) d)
                                .executeScript(
                                        "return [...document.querySelectorAll("
                                                + "'vaadin-multi-select-combo-box')].some(c => c.label === 'Counterparts met' && c.selectedItems.length > 0);"));
        press(Keys.ESCAPE);

        raisePoint("1. ", "Reaction to point 1");
        raisePoint("2. ", "Reaction to point 2");
        tabUntil(f -> "Summary".equals(f.get("label")));
        type("Logged with the keyboard only: both points delivered.");
        tabUntil(f -> f.get("text").toString().contains("Add a follow-up"));
        press(Keys.ENTER);
        wait.until(d -> "Follow-up 1".equals(focus().get("label")));
        type("Send the keyboard follow-up");
        // The button also shows its shortcut (Ctrl+S).
        tabUntil(f -> f.get("text").toString().startsWith("Save meeting"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches(".*/meetings/\\d+$"));
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Send the keyboard follow-up"));

        shiftTabUntil(f -> f.get("text").toString().equals("Coverage map"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/coverage"));
        wait.until(d -> !d.findElements(By.cssSelector("svg.coverage-map [data-country]"))
                .isEmpty());
        tabUntil(f -> !f.get("country").toString().isEmpty());
        String country = focus().get("country").toString();
        press(Keys.ENTER);
        wait.until(d -> d.findElement(By.cssSelector(".country-panel")).isDisplayed());
        screenshot("journey-keyboard-panel");
        press(Keys.ESCAPE);
        wait.until(d -> !d.findElement(By.cssSelector(".country-panel")).isDisplayed());
        assertThat(country).hasSize(2);

        shiftTabUntil(f -> f.get("text").toString().equals("Sign out"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/login"));

        assertThat(invisibleStops).as("stops where the focus was not visible").isEmpty();
    }

    private void raisePoint(String labelStart, String reactionLabel) {
        tabUntil(f -> f.get("text").toString().startsWith(labelStart)
                || f.get("label").toString().startsWith(labelStart));
        press(Keys.SPACE);
        tabUntil(f -> reactionLabel.equals(f.get("label")));
        press(Keys.ENTER);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-select-overlay[opened], vaadin-select[opened]"))
                .isEmpty());
        press(Keys.ARROW_DOWN);
        press(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select[opened]")).isEmpty());
    }

    private void tabUntil(Predicate<Map<String, Object>> target) {
        moveUntil(Keys.TAB, target);
    }

    private void shiftTabUntil(Predicate<Map<String, Object>> target) {
        moveUntil(Keys.chord(Keys.SHIFT, Keys.TAB), target);
    }

    private void moveUntil(CharSequence key, Predicate<Map<String, Object>> target) {
        for (int presses = 0; presses < 400; presses++) {
            press(key);
            Map<String, Object> focused = focus();
            // "body": the focus has left the page at the end of the tab order (the browser's own
            // controls come next), which is where Tab wraps around; every stop on the page counts.
            if (!Boolean.TRUE.equals(focused.get("visible")) && !"body".equals(focused.get("tag"))) {
                invisibleStops.add(focused.toString());
            }
            if (target.test(focused)) {
                return;
            }
        }
        throw new AssertionError("The keyboard never reached the target; last focus: " + focus());
    }

    /** Presses a key where the focus is, as a person at the keyboard would. */
    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    private void selectAll() {
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys(Keys.BACK_SPACE)
                .perform();
    }

    /**
     * Arrow down to the first option the typed text left, and take it with Enter. Waits first for
     * the list to be filtered (long lists are filtered on the server).
     */
    private void chooseFirstOption(String typed) {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript(
                        "const box = [...document.querySelectorAll('vaadin-combo-box')].find(c => c.opened);"
                                + " if (!box || box.loading) { return false; }"
                                + " const items = [...document.querySelectorAll('vaadin-combo-box-item')].filter(i => i.offsetParent);"
                                + " return items.length > 0 && items.every(i => i.textContent.toLowerCase().includes(arguments[0]));",
                        typed.toLowerCase()));
        press(Keys.ARROW_DOWN);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item[focused]"))
                .isEmpty());
        press(Keys.ENTER);
        wait.until(
                d -> d.findElements(By.cssSelector("vaadin-combo-box[opened]")).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focus() {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(FOCUS);
    }
}
