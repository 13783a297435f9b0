package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestAudit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Idle sessions end, with a short limit for the test (12 seconds, warned 6 seconds before):
 * the warning appears, "Stay signed in" keeps the session, and without an answer the user is
 * signed out and the session no longer opens anything. Its own application context (with these
 * settings), closed afterwards.
 */
@TestPropertySource(
        properties = {"outreach.security.session.idle-timeout=12s", "outreach.security.session.warning-before=6s"})
@DirtiesContext
class IdleSessionTest extends BrowserTest {

    @Autowired
    AuditService auditService;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    java.time.Clock clock;

    @Test
    void theWarningOffersToStaySignedInAndWithoutAnAnswerTheSessionEnds() {
        // The audit trail is written with the application's clock (the tests' own), not the machine's.
        Instant start = clock.instant();
        var patient = new WebDriverWait(driver, Duration.ofSeconds(30));
        signIn("officer2", "officer2-demo-2026");
        waitForNavigation();

        // Nothing happens for 6 seconds: the warning.
        var stay = patient.until(ExpectedConditions.elementToBeClickable(By.id("stay-signed-in")));
        assertThat(driver.findElement(By.id("idle-warning")).getText())
                .contains("You will be signed out in 6 seconds because there was no activity for 6 seconds.");
        screenshot("idle-warning");
        stay.click();
        patient.until(ExpectedConditions.invisibilityOfElementLocated(By.id("stay-signed-in")));
        assertThat(driver.findElements(By.id("main-nav"))).as("still signed in").isNotEmpty();

        // The warning comes again; this time nobody answers.
        patient.until(ExpectedConditions.elementToBeClickable(By.id("stay-signed-in")));
        patient.until(ExpectedConditions.urlContains("/login?timed-out"));
        patient.until(d -> d.findElement(By.cssSelector(".login-status"))
                .getText()
                .equals("You were signed out after 12 seconds without activity."));

        open("my-desk");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElements(By.id("main-nav"))).isEmpty();
        assertThat(new TestAudit(auditService, systemAccess).byUser("officer2", AuditAction.SIGN_OUT, start))
                .singleElement()
                .satisfies(event -> assertThat(event.details().note())
                        .isEqualTo("Signed out automatically after 12 seconds without activity"));
    }

    @Test
    void activityKeepsTheSessionWithoutAWarning() {
        var patient = new WebDriverWait(driver, Duration.ofSeconds(30));
        signIn("officer", "officer-demo-2026");
        waitForNavigation();
        Instant end = Instant.now().plusSeconds(16);

        // A key pressed every 2 seconds for longer than the limit: no warning, still signed in.
        while (Instant.now().isBefore(end)) {
            new Actions(driver).sendKeys(Keys.SHIFT).perform();
            Instant next = Instant.now().plusSeconds(2);
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> Instant.now().isAfter(next));
            assertThat(driver.findElements(By.id("stay-signed-in")))
                    .as("no warning while active")
                    .isEmpty();
        }
        assertThat(driver.getCurrentUrl()).doesNotContain("login");
        assertThat(driver.findElements(By.id("main-nav"))).isNotEmpty();

        // Once the keys stop, the warning comes.
        patient.until(ExpectedConditions.elementToBeClickable(By.id("stay-signed-in")));
    }
}
