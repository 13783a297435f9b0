package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.campaign.CampaignService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A manager finds the posts that lapsed on a campaign whose report-by date was yesterday: from the
 * dashboard's figure to the list of posts to chase, exported as CSV with exactly those posts.
 */
class LapsedPostsJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CampaignService campaigns;

    TestOutreach outreach;

    @AfterEach
    void closeCampaigns() {
        if (outreach != null) {
            outreach.closeCampaigns();
        }
    }

    @Test
    void aManagerFindsTheLapsedPostsAndExportsThem() throws IOException {
        outreach = new TestOutreach(context);
        CampaignDetails campaign = outreach.activeCampaign(30, outreach.countryIds("JP", "BR", "KE"));
        outreach.as("manager", () -> {
            CampaignDetails current = campaigns.campaign(campaign.id()).orElseThrow();
            CampaignDraft draft = current.toDraft();
            campaigns.update(
                    campaign.id(),
                    current.version(),
                    new CampaignDraft(
                            draft.title(),
                            draft.cableReference(),
                            draft.objective(),
                            draft.issueDate(),
                            outreach.daysAgo(1),
                            draft.status(),
                            draft.allCountries(),
                            draft.targetCountryIds()));
        });
        Path downloads = Files.createTempDirectory("outreach-downloads");
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        signIn("manager", "manager-demo-2026");
        waitForNavigation();
        open("dashboard?campaign=" + campaign.id());

        WebElement lapsed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".lapsed-posts")));
        assertThat(lapsed.getText()).contains("3").contains("posts past their report-by date");
        click(driver.findElement(By.id("chase-lapsed-posts")));

        wait.until(ExpectedConditions.urlContains("/taskings?"));
        wait.until(d -> d.findElement(By.cssSelector(".result-count")).getText().equals("3 taskings"));
        screenshot("journey-lapsed-posts");
        click(driver.findElement(By.cssSelector(".export-link[data-format='csv']")));

        wait.until(
                d -> d.findElement(By.cssSelector(".export-status")).getText().startsWith("Done: "));
        Path file = wait.until(d -> downloaded(downloads));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // A clean table: the header row first, and the file's handling marking on every row.
        assertThat(text).startsWith("\uFEFFHandling marking,Campaign,Country,");
        assertThat(text.split("\r\n")).noneMatch(line -> line.startsWith("#"));
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.RFC4180)
                .get()) {
            rows = parser.getRecords();
        }
        assertThat(rows.getFirst().get(2)).isEqualTo("Country");
        assertThat(rows.subList(1, rows.size()))
                .extracting(row -> row.get(2))
                .containsExactlyInAnyOrder("Japan", "Brazil", "Kenya");
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("UNCLASSIFIED");
            assertThat(row.get(5)).isEqualTo("Instructed");
        });
    }

    /** The finished download, once Chromium has renamed it from its temporary name. */
    private static Path downloaded(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv"))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
