package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;

/** The upload's own words come from the bundles, in each language the interface speaks. */
class UploadTextsTest {

    @Test
    void everyTextIsFoundInEachLanguage() {
        for (Locale language : Languages.SUPPORTED) {
            UploadI18N texts = UploadTexts.of(language);
            List<String> all = List.of(
                    texts.getDropFiles().getOne(),
                    texts.getDropFiles().getMany(),
                    texts.getAddFiles().getOne(),
                    texts.getAddFiles().getMany(),
                    texts.getError().getTooManyFiles(),
                    texts.getError().getFileIsTooBig(),
                    texts.getError().getIncorrectFileType(),
                    texts.getFile().getRetry(),
                    texts.getFile().getStart(),
                    texts.getFile().getRemove(),
                    texts.getUploading().getStatus().getConnecting(),
                    texts.getUploading().getStatus().getStalled(),
                    texts.getUploading().getStatus().getProcessing(),
                    texts.getUploading().getStatus().getHeld(),
                    texts.getUploading().getRemainingTime().getPrefix(),
                    texts.getUploading().getRemainingTime().getUnknown(),
                    texts.getUploading().getError().getServerUnavailable(),
                    texts.getUploading().getError().getUnexpectedServerError(),
                    texts.getUploading().getError().getForbidden(),
                    texts.getUploading().getError().getFileTooLarge());
            assertThat(all)
                    .as(language.toString())
                    .allSatisfy(text -> assertThat(text).isNotBlank().doesNotStartWith("!"));
            assertThat(texts.getUnits().getSize()).as(language.toString()).hasSize(9);
        }
    }

    @Test
    void theTextsFollowTheLanguage() {
        assertThat(UploadTexts.of(Languages.ENGLISH).getError().getFileIsTooBig())
                .isEqualTo("The file is too big.");
        assertThat(UploadTexts.of(Languages.FRENCH).getError().getFileIsTooBig())
                .isEqualTo("Le fichier est trop volumineux.");
        assertThat(UploadTexts.of(Languages.ARABIC).getError().getFileIsTooBig())
                .isEqualTo("حجم الملف كبير جدًا.");
        assertThat(UploadTexts.of(Languages.FRENCH).getUnits().getSize()).startsWith("o", "ko", "Mo");
        assertThat(UploadTexts.of(Languages.ENGLISH)
                        .getUploading()
                        .getRemainingTime()
                        .getPrefix())
                .as("the space before the time is kept")
                .isEqualTo("remaining time: ");
    }
}
