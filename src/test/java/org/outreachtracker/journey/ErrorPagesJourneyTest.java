package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Addresses that lead nowhere, records that do not exist and pages the user's roles do not
 * allow: each gets the application's own page, inside the usual frame (handling banner,
 * navigation), never a bare server error or "Something went wrong".
 */
class ErrorPagesJourneyTest extends BrowserTest {

    @Test
    void aSignedInOfficerGetsTheAppsOwnPagesForBadAddresses() {
        signIn("officer", "officer-demo-2026");
        waitForNavigation();

        for (String path : new String[] {"no-such-page", "foo/bar.txt", "meetings/abc", "meetings/12/extra"}) {
            open(path);
            wait.withMessage("the not-found page for /" + path)
                    .until(d -> d.findElements(By.cssSelector(".error-page h1")).stream()
                            .anyMatch(h -> h.getText().equals("Page not found")));
            assertFramed(path);
        }

        open("meetings/99999999999999999999999");
        wait.withMessage("the meeting page saying the meeting does not exist")
                .until(d -> d.findElement(By.tagName("body")).getText().contains("Meeting not found"));
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Something went wrong");
        assertFramed("meetings/99999999999999999999999");

        open("admin/users");
        wait.withMessage("the not-allowed page for an officer opening user administration")
                .until(d -> d.findElements(By.cssSelector(".error-page h1")).stream()
                        .anyMatch(h -> h.getText().equals("Not allowed")));
        assertFramed("admin/users");
        screenshot("not-allowed-framed");
    }

    @Test
    void aVisitorWhoIsNotSignedInGetsTheNotFoundPageWithAWayToSignIn() {
        open("no-such-page");
        wait.withMessage("the not-found page for a visitor")
                .until(d -> d.findElements(By.cssSelector(".error-page h1")).stream()
                        .anyMatch(h -> h.getText().equals("Page not found")));
        assertThat(driver.findElement(By.cssSelector(".handling-banner")).getText())
                .isEqualTo("UNCLASSIFIED");
        assertThat(driver.findElement(By.id("sign-in-link")).getText()).isEqualTo("Sign in");
        assertThat(driver.getCurrentUrl()).endsWith("/no-such-page");

        open("meetings");
        wait.withMessage("a real page still asking a visitor to sign in")
                .until(d -> d.getCurrentUrl().contains("/login"));
    }

    private void assertFramed(String path) {
        assertThat(driver.findElements(By.id("main-nav")))
                .as("navigation on the page for /" + path)
                .isNotEmpty();
        assertThat(driver.findElement(By.cssSelector(".handling-banner")).getText())
                .as("handling banner on the page for /" + path)
                .isEqualTo("UNCLASSIFIED");
    }
}
