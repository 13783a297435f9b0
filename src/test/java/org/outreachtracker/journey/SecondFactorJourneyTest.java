package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.outreachtracker.TestClock;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.TestCodes;
import org.outreachtracker.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator (not a demo account, so an authenticator app is required) signs in with the
 * password, is taken to setting up the app and can go nowhere else, sets it up with the key shown
 * on the page (the codes are made here, as the app would), saves the recovery codes, and is signed
 * in. Then: signing in asks for the code; a code used already is refused; a recovery code works
 * once.
 */
class SecondFactorJourneyTest extends BrowserTest {

    static final String USERNAME = "journey-second-factor";
    static final String PASSWORD = "blue harbour lantern 2026";

    @Autowired
    AccountAdminService admin;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void anAdministratorSetsUpTheAppThenSignsInWithCodesAndARecoveryCode() {
        systemAccess.asSystem(() -> admin.createAccount(
                new NewAccount(USERNAME, "Journey Administrator", PASSWORD, EnumSet.of(Role.ADMIN), Set.of())));

        // The password alone leads to setting up the app, and nowhere else.
        signIn(USERNAME, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/account/second-factor"));
        WebElement key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("second-factor-key")));
        assertThat(key.getText()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(driver.findElements(By.cssSelector(".qr-code svg path"))).hasSize(1);
        byte[] secret = TestCodes.secret(key.getText());
        screenshot("second-factor-set-up");
        open("admin/users");
        wait.until(ExpectedConditions.urlContains("/account/second-factor"));
        assertThat(driver.findElements(By.id("main-nav"))).isEmpty();

        key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("second-factor-key")));
        secret = TestCodes.secret(key.getText());
        inputOf(driver.findElement(By.id("enrolment-code"))).sendKeys(TestCodes.code(secret, clock.instant()));
        click(driver.findElement(By.id("enrolment-confirm")));
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
        List<String> recoveryCodes = list.findElements(By.tagName("li")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
        assertThat(recoveryCodes).hasSize(10);
        screenshot("second-factor-recovery-codes");
        WebElement done = driver.findElement(By.id("recovery-codes-done"));
        assertThat(done.getDomAttribute("disabled"))
                .as("not before the codes are saved")
                .isNotNull();
        click(driver.findElement(By.id("recovery-codes-saved")));
        wait.until(d -> d.findElement(By.id("recovery-codes-done")).getDomAttribute("disabled") == null);
        click(driver.findElement(By.id("recovery-codes-done")));
        waitForNavigation();
        wait.until(d -> "Users".equals(viewTitle()));
        signOut();

        // Signing in now asks for the code.
        clock.advance(Duration.ofSeconds(TestCodes.STEP_SECONDS));
        signIn(USERNAME, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/sign-in/code"));
        String code = TestCodes.code(secret, clock.instant());
        WebElement codeInput =
                inputOf(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("second-factor-code"))));
        wait.until(d -> "numeric".equals(codeInput.getDomAttribute("inputmode")));
        assertThat(codeInput.getDomAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(driver.switchTo().activeElement())
                .as("the code field has the focus")
                .isEqualTo(codeInput);
        screenshot("second-factor-code");
        typeCode(code);
        waitForNavigation();
        wait.until(d -> "Users".equals(viewTitle()));
        signOut();

        // The same code again is refused; a recovery code signs in.
        signIn(USERNAME, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/sign-in/code"));
        typeCode(code);
        wait.until(d -> d.findElement(By.id("second-factor-status")).getText().startsWith("That code is not right"));
        screenshot("second-factor-code-refused");
        open("admin/users");
        wait.until(ExpectedConditions.urlContains("/sign-in/code"));
        assertThat(driver.findElements(By.id("main-nav"))).isEmpty();
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("second-factor-switch"))));
        wait.until(d -> "Recovery code"
                .equals(d.findElement(By.id("second-factor-code")).getDomProperty("label")));
        typeCode(recoveryCodes.getFirst());
        waitForNavigation();
        signOut();

        // That recovery code does not work twice.
        signIn(USERNAME, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/sign-in/code"));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("second-factor-switch"))));
        wait.until(d -> "Recovery code"
                .equals(d.findElement(By.id("second-factor-code")).getDomProperty("label")));
        typeCode(recoveryCodes.getFirst());
        wait.until(d ->
                d.findElement(By.id("second-factor-status")).getText().startsWith("That recovery code is not right"));
        click(driver.findElement(By.id("second-factor-cancel")));
        wait.until(ExpectedConditions.urlContains("/login"));
        open("admin/users");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private void typeCode(String code) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("second-factor-code")));
        WebElement input = inputOf(field);
        wait.until(d -> input.getDomProperty("value").isEmpty());
        input.sendKeys(code);
        click(driver.findElement(By.id("second-factor-verify")));
    }

    private void signOut() {
        click(driver.findElement(By.id("sign-out")));
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
