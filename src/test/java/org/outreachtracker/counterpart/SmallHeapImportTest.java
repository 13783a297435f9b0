package org.outreachtracker.counterpart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile workbooks are refused with a message, reading them in a JVM whose heap is a tenth of
 * the gigabyte one such file used to exhaust: what a sheet can make the reader allocate is
 * bounded by the import's limits, not by what the sheet claims.
 */
@Tag("application")
class SmallHeapImportTest {

    /** The heap of the reading JVM. */
    static final String HEAP = "-Xmx96m";

    @Test
    void aCellReferenceFarBeyondExcelsColumnsIsRefusedWithoutExhaustingMemory() throws Exception {
        byte[] workbook = HostileWorkbooks.farCellReference();
        assertThat(workbook.length).as("a small file").isLessThan(8 * 1024);

        String outcome = readInOwnJvm(workbook);

        assertThat(outcome)
                .startsWith("REFUSED The workbook has a cell (ZZZZZZ2) outside the columns Excel has")
                .contains("save it again as Excel Workbook (.xlsx)");
    }

    @Test
    void aSheetThatUnpacksToMoreThanAListNeedsIsRefusedWithoutExhaustingMemory() throws Exception {
        byte[] workbook = HostileWorkbooks.unpacksTo(200);
        assertThat(workbook.length).as("packed, well under the upload limit").isLessThan(ImportLimits.maxBytes());

        String outcome = readInOwnJvm(workbook);

        assertThat(outcome).startsWith("REFUSED This workbook unpacks to more than 64 MB");
    }

    @Test
    void anOrdinaryWorkbookStillReadsInTheSameHeap() throws Exception {
        assertThat(readInOwnJvm(HostileWorkbooks.counterparts())).isEqualTo("ROWS 1");
    }

    private static String readInOwnJvm(byte[] workbook) throws IOException, InterruptedException {
        Path file = Files.createTempFile("hostile", ".xlsx");
        try {
            Files.write(file, workbook);
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(List.of(
                            java,
                            HEAP,
                            "-cp",
                            System.getProperty("java.class.path"),
                            ReadWithSmallHeap.class.getName(),
                            file.toString(),
                            "people.xlsx"))
                    .redirectErrorStream(true)
                    .start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS))
                    .as("the reading JVM ends within two minutes")
                    .isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isZero();
            return output.lines()
                    .filter(line ->
                            line.startsWith("ROWS") || line.startsWith("REFUSED") || line.startsWith("OUT OF MEMORY"))
                    .findFirst()
                    .orElse(output);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
