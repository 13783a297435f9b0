package org.outreachtracker.journey;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An axe-core scan of the page against the WCAG 2.0 and 2.1 A and AA rules, for the journeys. */
final class AxeScan {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AxeScan() {}

    /** Adds each violation on the page, with the elements concerned, to {@code problems}. */
    static void scan(WebDriver driver, String where, List<String> problems) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        for (Rule violation : results.getViolations()) {
            var text = new StringBuilder(where + ": " + violation.getId() + " — " + violation.getHelp());
            violation
                    .getNodes()
                    .forEach(node -> text.append("\n      ")
                            .append(node.getTarget())
                            .append(" ")
                            .append(
                                    node.getHtml().length() > 200
                                            ? node.getHtml().substring(0, 200)
                                            : node.getHtml()));
            problems.add(text.toString());
        }
    }

    /** Waits until the page has rendered and Vaadin has no request under way. */
    static void waitUntilSettled(WebDriverWait wait) {
        wait.until(
                d -> (Boolean)
                        ((JavascriptExecutor) d)
                                .executeScript(
                                        "return !!document.querySelector('main') && !!(window.Vaadin && window.Vaadin.Flow)"
                                                + " && Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive || !c.isActive());"));
    }
}
