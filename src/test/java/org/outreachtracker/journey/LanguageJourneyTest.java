package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer whose browser asks for French gets the interface in French, and one who chooses
 * Arabic under "Language and time zone" gets it in Arabic, right to left. Each logs a meeting,
 * typing its date day first as their language writes it, and finds it in the list, counted in
 * their language, its date written in their language.
 */
class LanguageJourneyTest extends BrowserTest {

    static final String PASSWORD = "a perfectly fine passphrase";

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    UserAccountService accounts;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    Clock clock;

    private String browserLanguage = "en-GB";

    @Override
    void configure(ChromeOptions options) {
        options.addArguments("--lang=" + browserLanguage);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", browserLanguage));
    }

    @Test
    void anOfficerWhoseBrowserAsksForFrenchWorksInFrench() {
        browserLanguage = "fr-FR";
        stopBrowser();
        startBrowserAgain();
        String username = newOfficer("fr");
        signIn(username, PASSWORD);
        waitForNavigation();
        assertThat(documentLanguage()).isEqualTo("fr");
        assertThat(direction()).isEqualTo("ltr");
        wait.until(d -> d.getTitle().startsWith("Mon portefeuille"));
        assertThat(driver.findElement(By.id("log-meeting")).getText()).isEqualTo("Consigner un entretien");

        String marker = logMeeting(new Labels(
                "Campagne",
                "Pays",
                "Japon",
                "Poste",
                "Interlocuteurs rencontrés",
                "Présenté par",
                "Ambassadeur",
                "Date de l’entretien",
                "Réaction à l’élément 1",
                "D’accord",
                "Résumé"));
        screenshot("language-french-meeting");

        open("meetings?q=" + marker);
        wait.until(d -> d.findElement(By.cssSelector(".result-count")).getText().equals("1 entretien"));
        assertThat(gridTexts()).contains("Date", "Pays", "Japon", "Interlocuteurs", "Réaction", written(Locale.FRENCH));
    }

    @Test
    void anOfficerWhoChoosesArabicWorksRightToLeft() {
        String username = newOfficer("ar");
        signIn(username, PASSWORD);
        waitForNavigation();
        assertThat(documentLanguage()).isEqualTo("en");

        open("account/display");
        WebElement language = wait.until(d -> d.findElement(By.id("display-language")));
        click(language.findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(radio -> radio.getText().strip().equals("العربية"))
                .findFirst()
                .orElseThrow());
        click(driver.findElement(By.id("display-save")));
        wait.until(d -> "ar".equals(documentLanguage()));
        assertThat(direction()).isEqualTo("rtl");

        open("my-desk");
        wait.until(d -> d.getTitle().startsWith("مكتبي"));
        assertThat(direction()).isEqualTo("rtl");
        WebElement logMeeting = wait.until(d -> d.findElement(By.id("log-meeting")));
        assertThat(logMeeting.getText()).isEqualTo("تسجيل اجتماع");
        screenshot("language-arabic-desk");

        String marker = logMeeting(new Labels(
                "الحملة",
                "الدولة",
                "اليابان",
                "البعثة",
                "النظراء الذين تمت مقابلتهم",
                "قدّمها",
                "السفير",
                "تاريخ الاجتماع",
                "رد الفعل على النقطة 1",
                "موافق",
                "الملخص"));
        screenshot("language-arabic-meeting");

        open("meetings?q=" + marker);
        wait.until(d -> d.findElement(By.cssSelector(".result-count")).getText().startsWith("عدد الاجتماعات"));
        assertThat(direction()).isEqualTo("rtl");
        assertThat(gridTexts()).contains("التاريخ", "الدولة", "اليابان", "النظراء", written(Locale.of("ar")));
    }

    /** The labels of the meeting form in one language, and the choices made in it. */
    record Labels(
            String campaign,
            String country,
            String japan,
            String post,
            String counterparts,
            String deliveredBy,
            String ambassador,
            String date,
            String firstReaction,
            String agreed,
            String summary) {}

    /**
     * Logs a meeting in Japan, typing yesterday's date day first (05/03/2026), and checks that the
     * field read it; returns the word that finds it again.
     */
    private String logMeeting(Labels labels) {
        String marker = "Lang" + UUID.randomUUID().toString().substring(0, 8);
        click(driver.findElement(By.id("log-meeting")));
        wait.until(ExpectedConditions.urlContains("/meetings/new"));
        WebElement form = wait.until(d -> d.findElement(By.cssSelector(".meeting-form")));

        WebElement campaign = field(form, "vaadin-combo-box", labels.campaign());
        if (!inputOf(campaign).getDomProperty("value").startsWith("Warning on the extraction")) {
            chooseInComboBox(campaign, DEMO_CAMPAIGN);
        }
        chooseInComboBox(field(form, "vaadin-combo-box", labels.country()), labels.japan());
        wait.until(d -> !inputOf(field(form, "vaadin-combo-box", labels.post()))
                .getDomProperty("value")
                .isEmpty());
        WebElement counterparts = field(form, "vaadin-multi-select-combo-box", labels.counterparts());
        inputOf(counterparts).sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item"))
                .isEmpty());
        inputOf(counterparts).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> ((Number) ((JavascriptExecutor) d)
                                .executeScript("return arguments[0].selectedItems.length;", counterparts))
                        .intValue()
                > 0);
        inputOf(counterparts).sendKeys(Keys.ESCAPE);
        chooseInComboBox(field(form, "vaadin-combo-box", labels.deliveredBy()), labels.ambassador());

        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        WebElement date = field(form, "vaadin-date-picker", labels.date());
        WebElement dateInput = inputOf(date);
        dateInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        dateInput.sendKeys(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(yesterday), Keys.ENTER);
        wait.until(d -> yesterday.toString().equals(date.getDomProperty("value")));
        assertThat(dateInput.getDomProperty("value"))
                .as("shown day first")
                .isEqualTo(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(yesterday));

        List<WebElement> points = form.findElements(By.cssSelector(".point-row vaadin-checkbox"));
        click(points.get(0));
        chooseInSelect(field(form, "vaadin-select", labels.firstReaction()), labels.agreed());
        field(form, "vaadin-text-area", labels.summary())
                .findElement(By.tagName("textarea"))
                .sendKeys("Points delivered. " + marker);

        click(driver.findElement(By.id("save-meeting")));
        wait.until(ExpectedConditions.urlMatches(".*/meetings/\\d+$"));
        wait.until(d -> !d.findElements(By.cssSelector(".meeting-meta")).isEmpty());
        return marker;
    }

    /** Yesterday as the list writes it in that language ("16 juin 2026"). */
    private String written(Locale language) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", language)
                .format(LocalDate.now(clock).minusDays(1));
    }

    /** The texts of the list's headers and cells, once its rows are there. */
    private List<String> gridTexts() {
        return wait.until(d -> {
            List<String> headers = d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText)
                    .map(String::strip)
                    .filter(text -> !text.isEmpty())
                    .toList();
            return headers.size() < 8 ? null : headers;
        });
    }

    private String documentLanguage() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang"));
    }

    private String direction() {
        return String.valueOf(
                ((JavascriptExecutor) driver).executeScript("return getComputedStyle(document.body).direction"));
    }

    private void startBrowserAgain() {
        try {
            startBrowser();
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    private String newOfficer(String prefix) {
        String username = "lang-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Set<Long> desk = systemAccess.asUser("admin", () -> {
            long officer = accounts.users().stream()
                    .filter(u -> u.username().equals("officer"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            return accountAdmin.account(officer).orElseThrow().draft().deskCountryIds();
        });
        systemAccess.asSystem(() -> accountAdmin.createAccount(
                new NewAccount(username, "Language " + username, PASSWORD, EnumSet.of(Role.DESK_OFFICER), desk)));
        return username;
    }
}
