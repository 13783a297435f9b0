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
    final Button confirm = new Button("Import");
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
        setHeaderTitle("Import counterparts");
        addClassName("import-dialog");
        setWidth("min(72rem, 96vw)");

        int megabytes = ImportLimits.maxBytes() / 1024 / 1024;
        var help = new Paragraph("Upload a CSV file (UTF-8) or an Excel workbook (.xlsx) of up to " + megabytes
                + " MB. Its first row names the columns Name, Title, Organization, Country and Level. Country: the"
                + " ISO code (e.g. FR) or the name. Level: Head of state or government, Minister, Deputy minister,"
                + " Senior official, Working level or Other. Nothing is saved until you choose Import."
                + (deskNote == null ? "" : " " + deskNote));
        help.addClassName("dialog-help");

        upload.setUploadHandler(new FileReceiver());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportLimits.maxBytes());
        upload.setAcceptedFileTypes(
                ".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(event -> {
            String error = event.getErrorMessage().toLowerCase(Locale.ROOT);
            if (error.contains("too big") || error.contains("large")) {
                // The browser did not send it; the refusal is recorded all the same.
                showProblem(imports.refuseTooLarge(event.getFileName(), -1));
            } else {
                showProblem("Choose a CSV (.csv) or Excel (.xlsx) file.");
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
        upload.setDropLabel(new Span("Drop a .csv or .xlsx file here"));

        problem.addClassName("import-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        summary.addClassName("import-summary");
        summary.getElement().setAttribute("role", "status");

        configurePreview();
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Import progress");
        status.addClassName("import-status");
        status.getElement().setAttribute("role", "status");

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(event -> runImport());
        var cancel = new Button("Cancel", event -> close());
        add(help, upload, problem, summary, preview, progress, status);
        getFooter().add(cancel, confirm);
    }

    private void configurePreview() {
        preview.addClassName("import-preview");
        preview.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        preview.setAriaLabel("Import preview");
        preview.addColumn(ImportRow::line).setHeader("Row").setWidth("4.5rem").setFlexGrow(0);
        preview.addComponentColumn(row -> {
                    var badge = new Span(row.outcome().label());
                    badge.addClassNames(
                            "import-outcome", "import-" + row.outcome().name().toLowerCase(Locale.ROOT));
                    return badge;
                })
                .setHeader("Outcome")
                .setWidth("11rem")
                .setFlexGrow(0);
        preview.addColumn(row -> ImportRow.shown(row.raw().name()))
                .setHeader("Name")
                .setFlexGrow(2);
        preview.addColumn(row -> ImportRow.shown(row.raw().title()) + ", "
                        + ImportRow.shown(row.raw().organization()))
                .setHeader("Title, organization")
                .setFlexGrow(3);
        preview.addColumn(row -> ImportRow.shown(row.raw().country()))
                .setHeader("Country")
                .setWidth("8rem")
                .setFlexGrow(0);
        preview.addColumn(row -> ImportRow.shown(row.raw().level()))
                .setHeader("Level")
                .setWidth("9rem")
                .setFlexGrow(0);
        preview.addColumn(ImportRow::reason).setHeader("Why / what it matches").setFlexGrow(5);
        preview.setEmptyStateText("Upload a file to see, row by row, what the import would do.");
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
                ui.access(() -> showProblem(refused.getMessage()));
            }
        }
    }

    /** What to say when an upload failed before the application could read it. */
    static String refusedOnTheWay(int status, int megabytes) {
        return status == 413
                ? "The server refused the file as too large. Files of up to " + megabytes + " MB can be"
                        + " imported; split the list into smaller files."
                : "The file did not reach the application" + (status > 0 ? " (the server answered " + status + ")" : "")
                        + ". Try again; files of up to " + megabytes + " MB can be imported.";
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
        problem.setText("Nothing can be imported from this file. " + message);
        problem.setVisible(true);
        summary.setText("");
        preview.setItems();
        preview.setVisible(false);
        confirm.setEnabled(false);
        confirm.setText("Import");
    }

    void showPreview(ImportPreview checked, byte[] data) {
        // The summary names the file; clearing the list lets the user upload a corrected file at once.
        upload.clearFileList();
        current = checked;
        content = data;
        problem.setVisible(false);
        long creating = checked.count(ImportOutcome.CREATE);
        summary.setText(checked.fileName() + ": " + creating + " new, " + checked.count(ImportOutcome.MATCH)
                + " already in the directory, " + checked.count(ImportOutcome.REJECT) + " rejected.");
        preview.setItems(checked.rows());
        preview.setVisible(true);
        confirm.setEnabled(creating > 0);
        confirm.setText(
                creating == 0
                        ? "Nothing new to import"
                        : "Import " + creating + (creating == 1 ? " new counterpart" : " new counterparts"));
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
        status.setText("Importing…");
        ui.setPollInterval(POLL_MILLIS);
        background.runAsCurrentUser(() -> {
            try {
                int created = imports.importCounterparts(confirmed, (done, total) -> {
                    if (done % PROGRESS_EVERY == 0 || done == total) {
                        ui.access(() -> {
                            progress.setValue(total == 0 ? 1 : (double) done / total);
                            status.setText("Importing: " + done + " of " + total + "…");
                        });
                    }
                });
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    Notifications.success(created + (created == 1 ? " counterpart" : " counterparts") + " imported.");
                    afterImport.run();
                    close();
                });
            } catch (RuleViolationException refused) {
                ui.access(() -> failed(refused.getMessage(), confirmed, data));
            } catch (RuntimeException failure) {
                ui.access(() -> failed("The import failed; nothing was saved.", confirmed, data));
            }
        });
    }

    private void failed(String message, ImportPreview confirmed, byte[] data) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        progress.setVisible(false);
        upload.setEnabled(true);
        Notifications.error(message);
        status.setText("Nothing was imported. " + message);
        try {
            // Show what the file would do now, so the user reviews before trying again.
            showPreview(imports.preview(confirmed.fileName(), data), data);
            status.setText("Nothing was imported. " + message);
        } catch (RuleViolationException refused) {
            showProblem(refused.getMessage());
        }
    }
}
