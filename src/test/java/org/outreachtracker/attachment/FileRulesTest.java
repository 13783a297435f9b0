package org.outreachtracker.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.outreachtracker.base.RuleViolationException;

/** Which files are kept, told by their content, and what a refused one is told. */
class FileRulesTest {

    static final long LIMIT = 10 * 1024 * 1024;

    @Test
    void eachAcceptedKindOfDocumentIsRecognisedByItsContent() {
        assertThat(FileRules.check("note.pdf", TestFiles.pdf(), LIMIT).mediaType())
                .isEqualTo("application/pdf");
        assertThat(FileRules.check("note.docx", TestFiles.docx(), LIMIT).label())
                .isEqualTo("Word");
        assertThat(FileRules.check("note.doc", TestFiles.doc(), LIMIT).mediaType())
                .isEqualTo("application/msword");
        assertThat(FileRules.check("note.odt", TestFiles.odt(), LIMIT).mediaType())
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(FileRules.check("note.rtf", TestFiles.rtf(), LIMIT).mediaType())
                .isEqualTo("application/rtf");
        assertThat(FileRules.check("note.txt", TestFiles.text(), LIMIT).mediaType())
                .isEqualTo("text/plain");
        assertThat(FileRules.check("scan.png", TestFiles.png(), LIMIT).mediaType())
                .isEqualTo("image/png");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> FileRules.check("note.pdf", new byte[0], LIMIT))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The file \"note.pdf\" is empty.");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimit() {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(TestFiles.pdf(), 0, big, 0, TestFiles.pdf().length);
        assertThatThrownBy(() -> FileRules.check("note.pdf", big, 2 * 1024 * 1024))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("files can be at most 2 MB");
    }

    @Test
    void aProgramRenamedAsAPdfIsRefusedAsAProgram() {
        assertThatThrownBy(() -> FileRules.check("non-paper.pdf", TestFiles.program(), LIMIT))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is a program")
                .hasMessageContaining("Accepted: PDF (.pdf)");
    }

    @Test
    void aPdfNamedAsAWordFileIsRefusedForItsName() {
        assertThatThrownBy(() -> FileRules.check("non-paper.docx", TestFiles.pdf(), LIMIT))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("named as .docx but its content is PDF");
    }

    @Test
    void plainTextNamedAsAPdfIsRefusedForItsName() {
        assertThatThrownBy(() -> FileRules.check("non-paper.pdf", TestFiles.text(), LIMIT))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("its content is Plain text");
    }

    @Test
    void aNameKeepsNoPathNorHiddenCharacters() {
        assertThat(FileName.safe("C:\\Users\\officer\\Desktop\\non-paper.pdf")).isEqualTo("non-paper.pdf");
        assertThat(FileName.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileName.safe("report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
        assertThat(FileName.safe("line\nbreak\u0000.txt")).isEqualTo("linebreak.txt");
        assertThat(FileName.safe("   ")).isEqualTo("file");
        assertThat(FileName.safe("a".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}
