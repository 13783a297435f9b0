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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A desk officer filters the meetings list to a desk country and exports it as CSV: the page
 * says when the file is ready, and the downloaded file is a table that starts at its first line
 * and holds exactly the rows the list shows, each with its handling marking.
 */
class ExportJourneyTest extends BrowserTest {

    @Test
    void anOfficerDownloadsTheFilteredMeetingsListAsCsv() throws IOException {
        Path downloads = Files.createTempDirectory("outreach-downloads");
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        signIn("officer", "officer-demo-2026");
        waitForNavigation();
        open("meetings?country=FR");
        WebElement total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".result-count")));
        wait.until(d -> total.getText().matches("\\d+ meetings?"));
        int shown = Integer.parseInt(total.getText().replaceAll("\\D", ""));

        click(driver.findElement(By.cssSelector(".export-link[data-format='csv']")));

        wait.until(
                d -> d.findElement(By.cssSelector(".export-status")).getText().startsWith("Done: "));
        Path file = wait.until(d -> downloaded(downloads));
        assertThat(driver.findElement(By.cssSelector(".export-status")).getText())
                .isEqualTo("Done: " + shown + (shown == 1 ? " row" : " rows") + " exported to " + file.getFileName()
                        + ".");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(file.getFileName().toString()).matches("meetings-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(text).startsWith("\uFEFFMeeting ID,Date,Campaign,Country,");
        assertThat(text.split("\r\n")).noneMatch(line -> line.startsWith("#"));

        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.RFC4180)
                .get()) {
            rows = parser.getRecords();
        }
        List<String> header = List.of(rows.getFirst().values());
        assertThat(header.get(3)).isEqualTo("Country");
        int marking = header.indexOf("Marking");
        assertThat(marking).as("each meeting row is marked").isPositive();
        assertThat(rows).hasSize(shown + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
            assertThat(row.get(3)).isEqualTo("France");
            assertThat(row.get(marking)).isNotBlank();
        });
        screenshot("export-journey-done");
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
