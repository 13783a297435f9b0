package org.outreachtracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A desk officer uploads counterpart files through the import dialog: a file of a few megabytes,
 * well within the advertised 5 MB, reaches the import and is previewed; a file over the limit is
 * refused with a message that says what to do.
 */
class ImportJourneyTest extends BrowserTest {

    @Test
    void aFileOfSeveralMegabytesWithinTheLimitIsPreviewed() throws IOException {
        uploadSeveralMegabytes(false);
    }

    /** The same file sent as multipart/form-data (the upload's other format), which the servlet container parses. */
    @Test
    void aFileOfSeveralMegabytesSentAsAFormIsPreviewed() throws IOException {
        uploadSeveralMegabytes(true);
    }

    private void uploadSeveralMegabytes(boolean multipart) throws IOException {
        Path file = Files.createTempFile("counterparts-", ".csv");
        var csv = new StringBuilder("Name,Title,Organization,Country,Level\n");
        String title = "Deputy Director-General for International Technology Cooperation and Emerging Industries, "
                + "Bureau of Strategic Planning and Policy Coordination";
        String organization = "Ministry of Foreign Affairs, Economic Affairs Bureau, Division of Multilateral Trade "
                + "and Economic Security Questions";
        int rows = 4_900;
        for (int i = 0; i < rows; i++) {
            csv.append("Journey Upload Person ")
                    .append(i)
                    .append(",\"")
                    .append(title)
                    .append("\",\"")
                    .append(organization)
                    .append("\",JP,Senior official\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(Files.size(file))
                .as("over the servlet container's default of 1 MB, under 5 MB")
                .isBetween(1_500_000L, 5L * 1024 * 1024);

        signIn("officer", "officer-demo-2026");
        waitForNavigation();
        openImportDialog();
        if (multipart) {
            ((JavascriptExecutor) driver)
                    .executeScript(
                            "arguments[0].uploadFormat = 'multipart'",
                            driver.findElement(By.cssSelector("vaadin-upload")));
        }
        fileInput().sendKeys(file.toString());

        WebElement summary =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-summary")));
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .withMessage("the preview of the uploaded file")
                .until(d -> summary.getText().contains(" new, "));
        assertThat(summary.getText())
                .isEqualTo(file.getFileName() + ": " + rows + " new, 0 already in the directory," + " 0 rejected.");
        screenshot("import-journey-preview" + (multipart ? "-multipart" : ""));
        Files.delete(file);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAMessage() throws IOException {
        Path file = Files.createTempFile("too-large-", ".csv");
        Files.write(file, new byte[6 * 1024 * 1024]);

        signIn("officer", "officer-demo-2026");
        waitForNavigation();
        openImportDialog();
        fileInput().sendKeys(file.toString());

        WebElement problem = new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage("the message about the file's size")
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-problem")));
        assertThat(problem.getText())
                .isEqualTo("Nothing can be imported from this file. The file is larger than 5 MB."
                        + " Files of up to 5 MB can be imported; split the list into smaller files.");
        Files.delete(file);
    }

    private void openImportDialog() {
        open("counterparts");
        WebElement button = wait.until(
                ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='Import']")));
        click(button);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
    }

    /** The upload's file chooser: in the component's light DOM or, in some versions, its shadow root. */
    private WebElement fileInput() {
        WebElement upload = driver.findElement(By.cssSelector("vaadin-upload"));
        var light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.getFirst();
        }
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }
}
