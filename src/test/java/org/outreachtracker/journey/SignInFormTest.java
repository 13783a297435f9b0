package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.outreachtracker.account.SecurityProperties;

/**
 * The sign-in page as a person uses it: focus starts on the notice's tick box and Tab leads into
 * the form; the form can be filled in before the box is ticked, and signing in without the tick
 * says what to do next to the box (the typed username and password stay); a wrong password keeps
 * the username.
 */
class SignInFormTest extends BrowserTest {

    private static final String NOTICE_REQUIRED =
            "Tick this box to confirm that you have read the notice, then sign in.";

    @Test
    void focusStartsOnTheNoticeAndTabLeadsIntoTheForm() {
        open("login");

        wait.until(d -> "acknowledge-notice".equals(focusedFieldId()));
        assertThat(driver.findElement(By.cssSelector(".system-use-notice p")).getText())
                .as("the one built-in notice, config/ not setting another")
                .isEqualTo(SecurityProperties.DEFAULT_SYSTEM_USE_NOTICE);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        wait.until(d -> "vaadinLoginUsername".equals(focusedFieldId()));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        wait.until(d -> "vaadinLoginPassword".equals(focusedFieldId()));
    }

    @Test
    void signingInWithoutTheTickSaysWhatToDoAndKeepsWhatWasTyped() {
        open("login");
        WebElement user = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        WebElement form = driver.findElement(By.cssSelector("vaadin-login-form"));
        assertThat(form.getDomProperty("disabled"))
                .as("the form can be used before the tick")
                .isEqualTo("false");
        user.sendKeys("officer");
        WebElement password = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys("officer-demo-2026", Keys.ENTER);

        WebElement box = driver.findElement(By.id("acknowledge-notice"));
        wait.until(d ->
                NOTICE_REQUIRED.equals(box.getDomProperty("errorMessage")) && box.getDomAttribute("invalid") != null);
        wait.until(d -> "acknowledge-notice".equals(focusedFieldId()));
        assertThat(driver.getCurrentUrl()).as("nothing was sent").endsWith("/login");
        assertThat(form.getDomProperty("disabled")).isEqualTo("false");
        assertThat(user.getDomProperty("value")).isEqualTo("officer");
        assertThat(password.getDomProperty("value")).isEqualTo("officer-demo-2026");
        screenshot("sign-in-without-tick");

        new Actions(driver).sendKeys(Keys.SPACE).perform();
        wait.until(d -> box.getDomAttribute("invalid") == null);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                .click();
        waitForNavigation();
    }

    @Test
    void aWrongPasswordKeepsTheUsernameAndGoesToThePassword() {
        signIn("officer", "not-the-password");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(d -> d.findElement(By.cssSelector("vaadin-login-form")).getDomAttribute("error") != null);
        WebElement user = driver.findElement(By.cssSelector("vaadin-login-form input[name='username']"));
        wait.until(d -> "officer".equals(user.getDomProperty("value")));
        assertThat(driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                        .getDomProperty("value"))
                .isEmpty();
        wait.until(d -> "vaadinLoginPassword".equals(focusedFieldId()));
    }

    @Test
    void aSignInPageOpenTooLongSaysSo() {
        open("login?expired");

        wait.until(d -> d.findElement(By.cssSelector(".login-status"))
                .getText()
                .startsWith("The sign-in page had been open too long"));
    }

    /** The id of the field (Vaadin component) that holds the keyboard focus. */
    private String focusedFieldId() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const a = document.activeElement;
                const field = a && a.closest('vaadin-checkbox, vaadin-text-field, vaadin-password-field');
                return field ? field.id : null;""");
    }
}
