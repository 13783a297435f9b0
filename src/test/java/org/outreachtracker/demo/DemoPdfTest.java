package org.outreachtracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo's PDFs are real PDFs with the same bytes for the same text. */
class DemoPdfTest {

    @Test
    void theSameTextGivesTheSameOnePagePdf() {
        byte[] first = DemoPdf.of("Non-paper (French)", "Safe AI (a campaign)");
        byte[] second = DemoPdf.of("Non-paper (French)", "Safe AI (a campaign)");

        assertThat(first).isEqualTo(second);
        String text = new String(first, StandardCharsets.ISO_8859_1);
        assertThat(text)
                .startsWith("%PDF-1.4\n")
                .endsWith("%%EOF\n")
                .contains("/Count 1", "(Safe AI \\(a campaign\\))");
        int startxref =
                Integer.parseInt(text.substring(text.lastIndexOf("startxref\n") + 10, text.lastIndexOf("\n%%EOF")));
        assertThat(text.substring(startxref)).startsWith("xref\n");
    }
}
