package org.outreachtracker.counterpart.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.base.ui.UploadTexts;
import org.outreachtracker.counterpart.BackgroundWork;
import org.outreachtracker.counterpart.CounterpartImportService;
import org.outreachtracker.counterpart.ImportLimits;
import org.outreachtracker.counterpart.ImportOutcome;
import org.outreachtracker.counterpart.ImportPreview;
import org.outreachtracker.counterpart.ImportRow;

/**
 * Counterparts from a CSV or Excel file: upload, then a preview row by row (new, already in the
 * directory, rejected and why), then "Import" creates the new ones in one go. Nothing is saved
 * before that. The file is read, and the import runs, outside the page's lock, with progress.
 */
public class CounterpartImportDialog extends Dialog {

    private static final int POLL_MILLIS = 500;
    /** Progress is shown every so many rows (each update briefly takes the page's lock). */
    private static final int PROGRESS_EVERY = 25;

    final Upload upload = new Upload();
    final Div problem = new Div();
    final Span summary = new Span();
    final Grid<ImportRow> preview = new Grid<>();
    final Button confirm = new Button(getTranslation("counterpart.import.confirm"));
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();

    private final CounterpartImportService imports;
    private final BackgroundWork background;
    private final Runnable afterImport;
    private ImportPreview current;
    private byte[] content;

    /**
     * @param deskNote for a desk officer, which countries they may import for; null for a manager
     * @param afterImport run (in the UI) after counterparts were imported
     */
    public CounterpartImportDialog(
            CounterpartImportService imports, BackgroundWork background, String deskNote, Runnable afterImport) {
        this.imports = imports;
        this.background = background;
        this.afterImport = afterImport;
        setHeaderTitle(getTranslation("counterpart.import.title"));
        addClassName("import-dialog");
        setWidth("min(72rem, 96vw)");

        int megabytes = ImportLimits.maxBytes() / 1024 / 1024;
        String helpText = getTranslation("counterpart.import.help", String.valueOf(megabytes));
        var help = new Paragraph(deskNote == null ? helpText : helpText + " " + deskNote);
        help.addClassName("dialog-help");

        upload.setUploadHandler(new FileReceiver());
        upload.setMaxFiles(1);
        UploadTexts.translate(upload);
        upload.setMaxFileSize(ImportLimits.maxBytes());
        upload.setAcceptedFileTypes(
                ".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(event -> {
            String error = event.getErrorMessage().toLowerCase(Locale.ROOT);
            if (error.contains("too big") || error.contains("large")) {
                // The browser did not send it; the refusal is recorded all the same.
                showProblem(imports.refuseTooLarge(event.getFileName(), -1));
            } else {
                showProblem(getTranslation("counterpart.import.wrongType"));
            }
        });
        // The upload failed on its way (the server or a proxy refused it): say so instead of a bare "error".
        upload.getElement()
                .addEventListener(
                        "upload-error",
                        event -> showProblem(refusedOnTheWay(
                                event.getEventData()
                                        .path("event.detail.xhr.status")
                                        .asInt(0),
                                megabytes)))
                .addEventData("event.detail.xhr.status");
        upload.setDropLabel(new Span(getTranslation("counterpart.import.drop")));

        problem.addClassName("import-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        summary.addClassName("import-summary");
        summary.getElement().setAttribute("role", "status");

        configurePreview();
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("counterpart.import.progress"));
        status.addClassName("import-status");
        status.getElement().setAttribute("role", "status");

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(event -> runImport());
        var cancel = new Button(getTranslation("counterpart.import.cancel"), event -> close());
        add(help, upload, problem, summary, preview, progress, status);
        getFooter().add(cancel, confirm);
    }

    private void configurePreview() {
        preview.addClassName("import-preview");
        preview.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        preview.setAriaLabel(getTranslation("counterpart.import.preview"));
        preview.addColumn(ImportRow::line)
                .setHeader(getTranslation("counterpart.import.row"))
                .setWidth("4.5rem")
                .setFlexGrow(0);
        preview.addComponentColumn(row -> {
                    var badge = new Span(getTranslation(
                            "counterpart.ImportOutcome." + row.outcome().name()));
                    badge.addClassNames(
                            "import-outcome", "import-" + row.outcome().name().toLowerCase(Locale.ROOT));
                    return badge;
                })
                .setHeader(getTranslation("counterpart.import.outcome"))
                .setWidth("11rem")
                .setFlexGrow(0);
        preview.addColumn(row -> ImportRow.shown(row.raw().name()))
                .setHeader(getTranslation("counterpart.import.name"))
                .setFlexGrow(2);
        preview.addColumn(row -> getTranslation(
                        "counterpart.import.titleOrganization.value",
                        ImportRow.shown(row.raw().title()),
                        ImportRow.shown(row.raw().organization())))
                .setHeader(getTranslation("counterpart.import.titleOrganization"))
                .setFlexGrow(3);
        preview.addColumn(row -> ImportRow.shown(row.raw().country()))
                .setHeader(getTranslation("counterpart.import.country"))
                .setWidth("8rem")
                .setFlexGrow(0);
        preview.addColumn(row -> ImportRow.shown(row.raw().level()))
                .setHeader(getTranslation("counterpart.import.level"))
                .setWidth("9rem")
                .setFlexGrow(0);
        preview.addColumn(ImportRow::reason)
                .setHeader(getTranslation("counterpart.import.reason"))
                .setFlexGrow(5);
        preview.setEmptyStateText(getTranslation("counterpart.import.empty"));
        preview.setVisible(false);
    }

    /** Reads the upload (at most the size limit) and checks it, outside the page's lock, then shows the preview. */
    private final class FileReceiver implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String fileName = event.getFileName();
            byte[] data = readAtMost(event.getInputStream(), ImportLimits.maxBytes());
            if (data == null) {
                String refused =
                        imports.refuseTooLarge(fileName, Math.max(event.getFileSize(), ImportLimits.maxBytes() + 1L));
                ui.access(() -> showProblem(refused));
                return;
            }
            try {
                ImportPreview checked = imports.preview(fileName, data);
                ui.access(() -> showPreview(checked, data));
            } catch (RuleViolationException refused) {
                ui.access(() -> showProblem(Translations.refusal(refused)));
            }
        }
    }

    /** What to say when an upload failed before the application could read it. */
    static String refusedOnTheWay(int status, int megabytes) {
        return status == 413
                ? Translations.text("counterpart.import.tooLarge", String.valueOf(megabytes))
                : status > 0
                        ? Translations.text(
                                "counterpart.import.notReached.status",
                                String.valueOf(status),
                                String.valueOf(megabytes))
                        : Translations.text("counterpart.import.notReached", String.valueOf(megabytes));
    }

    /** The stream's bytes, or null when there are more than {@code limit}. */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            if (out.size() + read > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private void showProblem(String message) {
        upload.clearFileList();
        current = null;
        content = null;
        problem.setText(getTranslation("counterpart.import.problem", message));
        problem.setVisible(true);
        summary.setText("");
        preview.setItems();
        preview.setVisible(false);
        confirm.setEnabled(false);
        confirm.setText(getTranslation("counterpart.import.confirm"));
    }

    void showPreview(ImportPreview checked, byte[] data) {
        // The summary names the file; clearing the list lets the user upload a corrected file at once.
        upload.clearFileList();
        current = checked;
        content = data;
        problem.setVisible(false);
        long creating = checked.count(ImportOutcome.CREATE);
        summary.setText(getTranslation(
                "counterpart.import.summary",
                checked.fileName(),
                String.valueOf(creating),
                String.valueOf(checked.count(ImportOutcome.MATCH)),
                String.valueOf(checked.count(ImportOutcome.REJECT))));
        preview.setItems(checked.rows());
        preview.setVisible(true);
        confirm.setEnabled(creating > 0);
        confirm.setText(
                creating == 0
                        ? getTranslation("counterpart.import.confirm.none")
                        : creating == 1
                                ? getTranslation("counterpart.import.confirm.one")
                                : getTranslation("counterpart.import.confirm.other", String.valueOf(creating)));
        status.setText("");
    }

    private void runImport() {
        ImportPreview confirmed = current;
        byte[] data = content;
        if (confirmed == null) {
            return;
        }
        UI ui = UI.getCurrent();
        confirm.setEnabled(false);
        upload.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        status.setText(getTranslation("counterpart.import.running"));
        ui.setPollInterval(POLL_MILLIS);
        background.runAsCurrentUser(() -> {
            try {
                int created = imports.importCounterparts(confirmed, (done, total) -> {
                    if (done % PROGRESS_EVERY == 0 || done == total) {
                        ui.access(() -> {
                            progress.setValue(total == 0 ? 1 : (double) done / total);
                            status.setText(getTranslation(
                                    "counterpart.import.running.progress",
                                    String.valueOf(done),
                                    String.valueOf(total)));
                        });
                    }
                });
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    Notifications.success(
                            created == 1
                                    ? getTranslation("counterpart.import.done.one")
                                    : getTranslation("counterpart.import.done.other", String.valueOf(created)));
                    afterImport.run();
                    close();
                });
            } catch (RuleViolationException refused) {
                ui.access(() -> failed(Translations.refusal(refused), confirmed, data));
            } catch (RuntimeException failure) {
                ui.access(() -> failed(getTranslation("counterpart.import.failed"), confirmed, data));
            }
        });
    }

    private void failed(String message, ImportPreview confirmed, byte[] data) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        progress.setVisible(false);
        upload.setEnabled(true);
        Notifications.error(message);
        status.setText(getTranslation("counterpart.import.nothingImported", message));
        try {
            // Show what the file would do now, so the user reviews before trying again.
            showPreview(imports.preview(confirmed.fileName(), data), data);
            status.setText(getTranslation("counterpart.import.nothingImported", message));
        } catch (RuleViolationException refused) {
            showProblem(Translations.refusal(refused));
        }
    }
}
