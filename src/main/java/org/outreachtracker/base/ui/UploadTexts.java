package org.outreachtracker.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;
import java.util.Locale;
import org.outreachtracker.base.Languages;

/**
 * The upload component's own words (its button, drop hint, progress and refusals) in the page's
 * language; Vaadin writes them in English unless told otherwise.
 */
public final class UploadTexts {

    private UploadTexts() {}

    /** Gives the upload its texts in the language of the current page. */
    public static void translate(Upload upload) {
        UI ui = UI.getCurrent();
        upload.setI18n(of(ui == null ? Languages.ENGLISH : ui.getLocale()));
    }

    /** The upload's texts in that language. */
    public static UploadI18N of(Locale language) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(text(language, "dropOne"))
                        .setMany(text(language, "dropMany")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(text(language, "addOne"))
                        .setMany(text(language, "addMany")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(text(language, "tooMany"))
                        .setFileIsTooBig(text(language, "tooBig"))
                        .setIncorrectFileType(text(language, "wrongType")))
                .setFile(new UploadI18N.File()
                        .setRetry(text(language, "retry"))
                        .setStart(text(language, "start"))
                        .setRemove(text(language, "remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(text(language, "connecting"))
                                .setStalled(text(language, "stalled"))
                                .setProcessing(text(language, "processing"))
                                .setHeld(text(language, "held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(text(language, "remaining"))
                                .setUnknown(text(language, "remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(text(language, "serverUnavailable"))
                                .setUnexpectedServerError(text(language, "serverError"))
                                .setForbidden(text(language, "forbidden"))
                                .setFileTooLarge(text(language, "tooBig"))))
                .setUnits(Arrays.asList(text(language, "units").split(",")));
    }

    private static String text(Locale language, String name) {
        return Translations.text(language, "base.upload." + name);
    }
}
