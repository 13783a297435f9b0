package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.outreachtracker.RouteAccessMatrixTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.security.ui.LoginView;
import org.outreachtracker.shell.NotAllowedPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every route, for every role that may open it, scanned with axe-core against the WCAG 2.0 and
 * 2.1 A and AA rules, with demo data loaded; also the sign-in page and the dialogs and panels
 * people open. Any violation fails the test and is printed with the elements concerned.
 */
class AccessibilityScanTest extends BrowserTest {

    static final Map<String, String> PASSWORDS =
            Map.of("officer", "officer-demo-2026", "manager", "manager-demo-2026", "admin", "admin-demo-2026");

    private final List<String> problems = new ArrayList<>();

    @Autowired
    ApplicationContext context;

    @Autowired
    CampaignService campaigns;

    @Test
    void theSignInPageHasNoViolations() {
        open("login");
        waitUntilSettled();
        scan("/login (anonymous)");
        assertNoProblems();
    }

    @Test
    void everyRouteOfTheOfficerHasNoViolations() {
        scanRoutesOf("officer");
        open("meetings/new");
        waitUntilSettled();
        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Add a follow-up']")));
        waitUntilSettled();
        scan("/meetings/new with a follow-up row (officer)");
        open("meetings/1");
        waitUntilSettled();
        click(driver.findElement(By.id("cable-draft")));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-dialog[opened], vaadin-dialog-overlay[opened]"))
                .isEmpty());
        waitUntilSettled();
        scan("/meetings/1 with the cable draft dialog (officer)");
        open("my-desk");
        waitUntilSettled();
        click(driver.findElement(By.id("notification-bell")));
        wait.until(
                d -> !d.findElements(By.cssSelector("vaadin-popover[opened]")).isEmpty());
        waitUntilSettled();
        scan("/my-desk with the notifications under the bell (officer)");
        open("search?q=distillation%20extraction");
        waitUntilSettled();
        wait.until(d -> !d.findElements(By.cssSelector(".search-hit mark")).isEmpty());
        scan("/search with results (officer)");
        scanImportPreview();
        assertNoProblems();
    }

    @Test
    void everyRouteOfTheManagerHasNoViolationsNorItsPanelsAndDialogs() {
        scanRoutesOf("manager");
        open("coverage");
        waitUntilSettled();
        click(driver.findElement(By.cssSelector("svg.coverage-map [data-country='BR']")));
        wait.until(d -> d.findElement(By.cssSelector(".country-panel")).isDisplayed());
        scan("/coverage with the country panel open (manager)");
        open("campaigns");
        waitUntilSettled();
        click(driver.findElement(By.xpath("//vaadin-button[contains(normalize-space(.), 'New campaign')]")));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-dialog[opened], vaadin-dialog-overlay[opened]"))
                .isEmpty());
        waitUntilSettled();
        scan("/campaigns with the new-campaign dialog (manager)");
        long ai = new TestOutreach(context)
                .as(
                        "manager",
                        () -> campaigns.campaignsIn(Set.of(CampaignStatus.ACTIVE)).stream()
                                .filter(c -> c.title().contains("extraction and distillation"))
                                .findFirst()
                                .orElseThrow()
                                .id());
        open("campaigns/" + ai);
        waitUntilSettled();
        click(
                wait.until(d -> d
                        .findElements(
                                By.xpath("//vaadin-button[contains(normalize-space(.)," + " 'Issue revised points')]"))
                        .stream()
                        .findFirst()
                        .orElse(null)));
        wait.until(d -> !d.findElements(By.cssSelector(".revised-points-dialog, vaadin-dialog-overlay[opened]"))
                .isEmpty());
        waitUntilSettled();
        scan("/campaigns/ID with the revised-points dialog (manager)");
        scanTaskingDialog("Waive…", "/taskings with the waive dialog (manager)");
        scanTaskingDialog("Mark reported…", "/taskings with the mark-reported dialog (manager)");
        scanDialog(
                "follow-ups",
                By.xpath("//vaadin-button[normalize-space(.)='Record outcome…']"),
                "/follow-ups with the commitment outcome dialog (manager)");
        scanDialog(
                "dashboard",
                By.cssSelector(".objection-table button.table-action"),
                "/dashboard with the meetings behind an objection count (manager)");
        open("coverage");
        waitUntilSettled();
        click(driver.findElement(By.xpath("//vaadin-radio-button[normalize-space(.)='Tasking state']")));
        waitForClass("svg.coverage-map g.country[data-country='BR']", "status-tasking-");
        click(driver.findElement(By.cssSelector("svg.coverage-map [data-country='BR']")));
        wait.until(d -> d.findElement(By.cssSelector(".country-panel")).isDisplayed());
        waitUntilSettled();
        scan("/coverage coloured by tasking state with the country panel open (manager)");
        assertNoProblems();
    }

    /** Opens the page, clicks the first element found and scans the page with the dialog it opened. */
    private void scanDialog(String page, By opener, String what) {
        open(page);
        waitUntilSettled();
        click(wait.until(d -> d.findElements(opener).stream().findFirst().orElse(null)));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-dialog[opened], vaadin-dialog-overlay[opened]"))
                .isEmpty());
        waitUntilSettled();
        scan(what);
    }

    /** Opens the first tasking dialog behind that next-step button on the taskings list and scans the page with it. */
    private void scanTaskingDialog(String button, String what) {
        open("taskings");
        waitUntilSettled();
        click(wait.until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='" + button + "']")).stream()
                .findFirst()
                .orElse(null)));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-dialog[opened], vaadin-dialog-overlay[opened]"))
                .isEmpty());
        waitUntilSettled();
        scan(what);
    }

    @Test
    void everyRouteOfTheAdministratorHasNoViolations() {
        scanRoutesOf("admin");
        assertNoProblems();
    }

    /** The counterpart import dialog with a preview of new, matching and rejected rows. */
    private void scanImportPreview() {
        open("counterparts");
        waitUntilSettled();
        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Import']")));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-upload")).isEmpty());
        try {
            var file = java.nio.file.Files.createTempFile("import", ".csv");
            java.nio.file.Files.writeString(
                    file,
                    "Name,Title,Organization,Country,Level\n"
                            + "Axe Person,Adviser,Ministry of Tests,JP,Other\nAxe Person,Adviser,Ministry of Tests,JP,Other\n"
                            + "Nobody,Head,Office,Atlantis,Minister\n");
            var input = (org.openqa.selenium.WebElement)
                    ((JavascriptExecutor) driver)
                            .executeScript(
                                    "const u = document.querySelector('vaadin-upload');"
                                            + " return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');");
            input.sendKeys(file.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        wait.until(
                d -> d.findElement(By.cssSelector(".import-summary")).getText().contains("rejected"));
        waitUntilSettled();
        scan("/counterparts with the import preview (officer)");
    }

    private void scanRoutesOf(String user) {
        signIn(user, PASSWORDS.get(user));
        waitForNavigation();
        var routes = new TreeMap<>(RouteAccessMatrixTest.EXPECTED);
        routes.forEach((route, outcomes) -> {
            Class<?> page = outcomes.get(user);
            if (page == null || page == LoginView.class || page == NotAllowedPage.class || route.isEmpty()) {
                return;
            }
            open(RouteAccessMatrixTest.OPEN_AT.getOrDefault(route, route));
            waitUntilSettled();
            scan("/" + route + " (" + user + ")");
        });
    }

    private void scan(String where) {
        AxeScan.scan(driver, where, problems);
    }

    private void assertNoProblems() {
        problems.forEach(problem -> System.out.println("ACCESSIBILITY " + problem));
        assertThat(problems).as("accessibility violations").isEmpty();
    }

    private void waitUntilSettled() {
        AxeScan.waitUntilSettled(wait);
    }
}
