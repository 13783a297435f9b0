package org.outreachtracker.counterpart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.RuleViolationException;

/** Reading a counterpart list from CSV text: what is read, and what a user is told when it cannot be. */
class CounterpartFileReaderTest {

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndCaseAndEachRowKeepsItsLine() {
        List<RawRow> rows = CounterpartFileReader.read("list.csv", csv("""
                country,LEVEL,Name,organization,Title
                Japan,Director,Aiko Sato,Ministry of Foreign Affairs,Director-General
                Poland,Deputy,"Nowak, Jan",MFA,Deputy Director
                """));

        assertThat(rows)
                .containsExactly(
                        new RawRow(
                                2,
                                "Aiko Sato",
                                "Director-General",
                                "Ministry of Foreign Affairs",
                                "Japan",
                                "Director",
                                false),
                        new RawRow(3, "Nowak, Jan", "Deputy Director", "MFA", "Poland", "Deputy", false));
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreIgnoredButLineNumbersStayTrue() {
        List<RawRow> rows = CounterpartFileReader.read(
                "list.csv",
                csv("\uFEFFName,Title,Organization,Country,Level\n"
                        + "\n"
                        + "Aiko Sato,Director-General,MOFA,Japan,Director\n"));

        assertThat(rows)
                .extracting(RawRow::line, RawRow::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Aiko Sato"));
    }

    @Test
    void anExportedFilesHandlingMarkingColumnIsAllowedAndNotRead() {
        List<RawRow> rows = CounterpartFileReader.read("directory.csv", csv("""
                \uFEFFHandling marking,Name,Title,Organization,Country,Level\r
                UNCLASSIFIED,"#1 Aiko Sato",Director-General,MOFA,Japan,Director\r
                """));

        assertThat(rows)
                .containsExactly(new RawRow(2, "#1 Aiko Sato", "Director-General", "MOFA", "Japan", "Director", false));
    }

    @Test
    void linesStartingWithAHashAreSkippedAsComments() {
        List<RawRow> rows = CounterpartFileReader.read("directory.csv", csv("""
                # UNCLASSIFIED
                # Outreach Tracker — counterparts
                Name,Title,Organization,Country,Level
                Aiko Sato,Director-General,MOFA,Japan,Director
                # UNCLASSIFIED
                """));

        assertThat(rows).extracting(RawRow::line, RawRow::name).containsExactly(tuple(4, "Aiko Sato"));
    }

    @Test
    void aValueRightOfTheNamedColumnsIsFlagged() {
        List<RawRow> rows = CounterpartFileReader.read("list.csv", csv("""
                Name,Title,Organization,Country,Level
                Aiko Sato,Director-General,MOFA,Japan,Director,a stray note
                """));

        assertThat(rows).singleElement().extracting(RawRow::extraValues).isEqualTo(true);
    }

    @Test
    void missingUnknownAndRepeatedColumnsAreNamedInOneMessage() {
        assertThatThrownBy(() -> CounterpartFileReader.read("list.csv", csv("""
                Name,Name,Post,Country
                Aiko Sato,Aiko Sato,Tokyo,Japan
                """)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("The columns Title, Organization, Level are missing; the column \"Post\" is not"
                        + " known; Name appears twice.");
    }

    @Test
    void semicolonSeparatedFilesGetAdviceOnSavingAsCsv() {
        assertThatThrownBy(() -> CounterpartFileReader.read(
                        "list.csv",
                        csv("Name;Title;Organization;Country;Level\n" + "Aiko Sato;DG;MOFA;Japan;Director\n")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The columns are separated by semicolons. Save the file as CSV UTF-8 (comma delimited),"
                        + " or upload the .xlsx file itself.");
    }

    @Test
    void headerWithoutRowsEmptyFilesAndOldExcelAreRefusedWithTheReason() {
        assertThatThrownBy(() -> CounterpartFileReader.read("list.csv", csv("Name,Title,Organization,Country,Level\n")))
                .hasMessage("The file has column names but no counterparts below them.");
        assertThatThrownBy(() -> CounterpartFileReader.read("list.csv", new byte[0]))
                .hasMessageStartingWith("The file is empty.");
        assertThatThrownBy(() -> CounterpartFileReader.read("list.xls", csv("anything")))
                .hasMessageStartingWith("Old Excel files (.xls) cannot be read.");
        assertThatThrownBy(() -> CounterpartFileReader.read("list.pdf", csv("anything")))
                .hasMessage("Choose a CSV (.csv) or Excel (.xlsx) file.");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "Name,Title,Organization,Country,Level\nJosé,DG,MOFA,Spain,Director\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> CounterpartFileReader.read("list.csv", latin1))
                .hasMessageStartingWith("The file is not UTF-8 text, or not text at all.");
    }

    @Test
    void theSizeLimitIsStatedInMegabytes() {
        assertThat(CounterpartFileReader.tooLarge(7L * 1024 * 1024))
                .isEqualTo("The file is too large (7.0 MB)."
                        + " Files of up to 5 MB can be imported; split the list into smaller files.");
        assertThat(CounterpartFileReader.tooLarge(0))
                .isEqualTo("The file is larger than 5 MB. Files of up to 5 MB"
                        + " can be imported; split the list into smaller files.");
    }
}
