package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The administrator checks the audit trail's seals in the browser: the check runs in the
 * background and its result reaches the open page by itself (the page polls while it runs).
 */
class AuditTrailJourneyTest extends BrowserTest {

    @Test
    void theAdministratorChecksTheTrailAndSeesItIntact() {
        signIn("admin", "admin-demo-2026");
        waitForNavigation();
        open("admin/audit");

        WebElement check = wait.until(d -> d.findElement(By.xpath("//vaadin-button[contains(., 'Check the trail')]")));
        click(check);

        WebElement status = wait.until(d -> d.findElement(By.cssSelector(".trail-check-status.trail-intact")));
        assertThat(status.getText()).startsWith("The audit trail is intact").contains("events checked");
        assertThat(status.getDomAttribute("role")).isEqualTo("status");
        screenshot("journey-audit-trail-checked");
    }
}
