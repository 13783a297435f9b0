package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.savedview.TestSavedViews;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

/**
 * Base of the browser journeys: the running application on a random port, driven through
 * Debian's headless Chromium and chromedriver (nothing is downloaded). A screenshot of the
 * page is kept in target/screenshots when a journey fails. Tagged "browser" (and, as
 * integration tests, "application").
 */
@IntegrationTest
@Tag("browser")
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String DEMO_CAMPAIGN = "Warning on the extraction and distillation of proprietary AI models";
    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(new File(CHROMEDRIVER))
                .as("chromedriver (apt-get install chromium-driver)")
                .canRead();
        assertThat(new File(CHROMIUM)).as("Chromium (apt-get install chromium)").canRead();
        profile = Files.createTempDirectory("outreach-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        configure(options);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // Generous: a busy CI machine can be many times slower than an idle one.
        wait = new WebDriverWait(driver, Duration.ofSeconds(45));
    }

    /** A journey that needs another browser (a phone's screen, say) changes the options here. */
    void configure(ChromeOptions options) {}

    /** The filters a journey chose on the coverage map or the dashboard are not the next journey's. */
    @AfterEach
    void forgetKeptFilters(ApplicationContext context) {
        TestSavedViews.forgetAll(context);
    }

    /** Quits Chromium and removes its profile: some 45 MB a journey, which would fill the disk. */
    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
    }

    /**
     * Signs in through the sign-in page, acknowledging the system-use notice first; returns when
     * the form has been sent.
     */
    void signIn(String username, String password) {
        open("login");
        acknowledgeNotice();
        WebElement user = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                .click();
    }

    /** Ticks "I have read the notice…" on the sign-in page and waits until the form can be used. */
    void acknowledgeNotice() {
        WebElement acknowledge = wait.until(ExpectedConditions.elementToBeClickable(By.id("acknowledge-notice")));
        if (acknowledge.getDomAttribute("checked") == null) {
            acknowledge.click();
        }
        wait.until(d -> "false"
                .equals(d.findElement(By.cssSelector("vaadin-login-form")).getDomProperty("disabled")));
    }

    /**
     * Waits until the element the selector finds has a class containing {@code fragment}. Read in
     * the page each time, so a redrawn element (the map is replaced whole) is never held stale.
     */
    void waitForClass(String selector, String fragment) {
        wait.until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                                "const e = document.querySelector(arguments[0]);"
                                        + " return e ? e.getAttribute('class') : '';",
                                selector))
                .contains(fragment));
    }

    /**
     * Clicks an element after scrolling it into the middle of the view (the layout, not the window,
     * scrolls). While something still covers it, such as an overlay closing or the loading bar, it
     * tries again, as a user would wait, until the wait's timeout.
     */
    void click(WebElement element) {
        clickFound(d -> element);
    }

    /**
     * Finds an element with {@code finder} and clicks it as {@link #click(WebElement)} does. When the
     * page redraws the element between finding and clicking (a list that fills in stages), it finds it
     * again instead of failing on the old one.
     */
    void clickFound(java.util.function.Function<WebDriver, WebElement> finder) {
        wait.until(d -> {
            try {
                WebElement element = finder.apply(d);
                if (element == null) {
                    return false;
                }
                ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    /** The field of that tag whose label is exactly {@code label}, once it is there. */
    WebElement field(WebElement scope, String tag, String label) {
        return wait.until(d -> scope.findElements(By.cssSelector(tag)).stream()
                .filter(e -> label.equals(e.getDomProperty("label")))
                .findFirst()
                .orElse(null));
    }

    static WebElement inputOf(WebElement field) {
        return field.findElement(By.tagName("input"));
    }

    /** Types the text and clicks the option that shows it, then waits until the box holds it and is closed. */
    void chooseInComboBox(WebElement comboBox, String text) {
        WebElement input = inputOf(comboBox);
        input.sendKeys(text);
        WebElement option = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && text.equals(e.getText().strip()))
                .findFirst()
                .orElse(null));
        option.click();
        wait.until(d -> text.equals(input.getDomProperty("value")) && comboBox.getDomAttribute("opened") == null);
    }

    void chooseInSelect(WebElement select, String label) {
        click(select);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && label.equals(e.getText().strip()))
                .findFirst()
                .orElse(null));
        item.click();
        wait.until(d ->
                d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
        wait.until(d -> select.getText().contains(label));
    }

    /**
     * Fills the start of the meeting form: the demo campaign, the country (then waits for the post
     * offered), the first counterpart listed and "Ambassador" as who delivered it.
     */
    void fillMeetingStart(WebElement form, String country) {
        WebElement campaign = field(form, "vaadin-combo-box", "Campaign");
        if (!inputOf(campaign).getDomProperty("value").startsWith("Warning on the extraction")) {
            inputOf(campaign).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            chooseInComboBox(campaign, DEMO_CAMPAIGN);
        }
        chooseInComboBox(field(form, "vaadin-combo-box", "Country"), country);
        wait.until(d -> !inputOf(field(form, "vaadin-combo-box", "Post"))
                .getDomProperty("value")
                .isEmpty());
        WebElement counterparts = field(form, "vaadin-multi-select-combo-box", "Counterparts met");
        inputOf(counterparts).sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item"))
                .isEmpty());
        inputOf(counterparts).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        // Chosen means in the selection: the box always holds one hidden overflow chip.
        wait.until(d -> ((Number) ((JavascriptExecutor) d)
                                .executeScript("return arguments[0].selectedItems.length;", counterparts))
                        .intValue()
                > 0);
        inputOf(counterparts).sendKeys(Keys.ESCAPE);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-overlay[opened]"))
                .isEmpty());
        chooseInComboBox(field(form, "vaadin-combo-box", "Delivered by"), "Ambassador");
    }

    void waitForNavigation() {
        wait.until(d -> !d.findElements(By.id("main-nav")).isEmpty());
    }

    List<String> menuEntries() {
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    String viewTitle() {
        return driver.findElement(By.cssSelector(".view-title")).getText();
    }

    SearchContext shadowOf(WebElement element) {
        return element.getShadowRoot();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File file = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save screenshot " + name + ": " + e);
        }
    }

    /**
     * On a failed journey: a screenshot of the page, and beside it what the application was doing
     * (it runs in this JVM): every thread's stack and, on PostgreSQL, every database session and
     * what it waits for. A page that never loads leaves nothing else to go on.
     */
    static class ScreenshotOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isPresent()
                    && context.getRequiredTestInstance() instanceof BrowserTest test
                    && test.driver != null) {
                String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName();
                test.screenshot(name);
                StringBuilder state = new StringBuilder();
                // ThreadInfo.toString() stops after eight frames; every frame is written here.
                for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                    state.append('"')
                            .append(thread.getThreadName())
                            .append("\" ")
                            .append(thread.getThreadState())
                            .append(thread.getLockName() == null ? "" : " on " + thread.getLockName())
                            .append(thread.getLockOwnerName() == null ? "" : " held by " + thread.getLockOwnerName())
                            .append('\n');
                    for (StackTraceElement frame : thread.getStackTrace()) {
                        state.append("    at ").append(frame).append('\n');
                    }
                }
                state.append(databaseSessions(SpringExtension.getApplicationContext(context)));
                try {
                    Files.createDirectories(SCREENSHOTS);
                    Files.writeString(SCREENSHOTS.resolve(name + "-threads.txt"), state);
                } catch (IOException e) {
                    System.err.println("Could not save the threads of " + name + ": " + e);
                }
            }
        }

        private static String databaseSessions(ApplicationContext application) {
            try {
                JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
                return "\nDatabase sessions:\n"
                        + String.join(
                                "\n",
                                jdbc.query(
                                        "select pid, state, wait_event_type, wait_event, now() - xact_start,"
                                                + " left(query, 300) from pg_stat_activity where pid <> pg_backend_pid()",
                                        (rs, n) -> String.join(
                                                " | ",
                                                rs.getString(1),
                                                rs.getString(2),
                                                rs.getString(3),
                                                rs.getString(4),
                                                rs.getString(5),
                                                rs.getString(6))));
            } catch (RuntimeException notPostgres) {
                return "\nDatabase sessions not read: " + notPostgres.getMessage();
            }
        }
    }
}
