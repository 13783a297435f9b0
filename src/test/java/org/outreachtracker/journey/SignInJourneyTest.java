package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Each demo role signs in, sees only its own menu entries, and signs out. */
class SignInJourneyTest extends BrowserTest {

    @ParameterizedTest(name = "{0} signs in, lands on {2}, sees only its menu, signs out")
    @CsvSource(delimiter = '|', textBlock = """
            officer  | officer-demo-2026  | My desk   | My desk,Campaigns,Meetings,Counterparts,Follow-ups,Notifications
            officer2 | officer2-demo-2026 | My desk   | My desk,Campaigns,Meetings,Counterparts,Follow-ups,Notifications
            manager  | manager-demo-2026  | Dashboard | Dashboard,Coverage map,Campaigns,Meetings,Counterparts,Taskings,Follow-ups,Deleted records,Notifications
            admin    | admin-demo-2026    | Users     | Users,Posts,Countries,Audit trail,Backups,Mail queue,Notifications
            """)
    void eachRoleSeesOnlyItsMenu(String username, String password, String landingTitle, String menu) {
        signIn(username, password);
        waitForNavigation();

        wait.until(d -> landingTitle.equals(viewTitle()));
        assertThat(menuEntries()).isEqualTo(List.of(menu.split(",")));
        assertThat(driver.findElement(By.cssSelector(".handling-banner")).getText())
                .isEqualTo("UNCLASSIFIED");
        assertThat(driver.findElement(By.cssSelector(".demo-badge")).getText()).isEqualTo("DEMO");
        screenshot("landing-" + username);

        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(d -> d.findElement(By.cssSelector(".login-status")).getText().equals("You have signed out."));

        open("dashboard");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElements(By.id("main-nav"))).isEmpty();
    }

    @Test
    void aWrongPasswordShowsOneMessageAndDoesNotSignIn() {
        signIn("officer", "not-the-password");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        var form = wait.until(d -> d.findElement(By.cssSelector("vaadin-login-form")));
        wait.until(d -> form.getText().contains("The username or password is not correct")
                || form.getDomAttribute("error") != null);
        assertThat(form.getDomAttribute("error")).isNotNull();
        screenshot("sign-in-failed");

        open("my-desk");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElements(By.id("main-nav"))).isEmpty();
    }

    @Test
    void anUnknownUserGetsTheSameMessageAsAWrongPassword() {
        signIn("nobody-of-that-name", "officer-demo-2026");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        var form = wait.until(d -> d.findElement(By.cssSelector("vaadin-login-form")));
        wait.until(d -> form.getDomAttribute("error") != null);
    }
}
