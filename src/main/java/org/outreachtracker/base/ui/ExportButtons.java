package org.outreachtracker.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.export.ExportFormat;
import org.outreachtracker.base.export.ExportProgress;
import org.outreachtracker.base.export.ExportResult;

/**
 * "Export: CSV · Excel" for what a view shows. Each link downloads the file straight from the
 * server: the view's current filters are read (briefly, under the session lock) when the
 * download starts, then the rows are fetched and written outside the lock, in the download
 * request, which runs as the signed-in user, so other users and this user's page are not held
 * up. While it runs the page polls and shows how many rows are done; it says when it is done.
 */
public class ExportButtons extends Composite<Div> {

    /** Writes an export of the view's current content. */
    @FunctionalInterface
    public interface Export extends Serializable {
        ExportResult write(ExportFormat format, OutputStream out, ExportProgress progress);
    }

    private static final int POLL_MILLIS = 500;
    private static final long REPORT_EVERY_MILLIS = 300;

    private final String baseName;
    private final String noun;
    private final SerializableSupplier<Export> current;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    /**
     * Clicks whose download has not ended yet, and downloads that ended before their click's own
     * message reached the server (a quick export); both changed under the session lock.
     */
    private int waiting;

    private int endedEarly;

    /**
     * @param baseName the start of the file name, e.g. "meetings"
     * @param noun what is exported, for the links' accessible names, e.g. "the meetings list"
     * @param current called under the session lock when a download starts: the export of what the view shows now
     */
    public ExportButtons(String baseName, String noun, SerializableSupplier<Export> current) {
        this.baseName = baseName;
        this.noun = noun;
        this.current = current;
        Div root = getContent();
        root.addClassName("export-buttons");
        var label = new Span(Translations.text("base.export.label"));
        label.addClassName("export-label");
        root.add(label, link(ExportFormat.CSV), link(ExportFormat.XLSX));
        progress.addClassName("export-progress");
        progress.setWidth("8rem");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", Translations.text("base.export.progress"));
        status.addClassName("export-status");
        status.getElement().setAttribute("role", "status");
        root.add(progress, status);
    }

    private Anchor link(ExportFormat format) {
        var anchor = new Anchor(new Download(format), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(format.label()));
        anchor.addClassName("export-link");
        anchor.getElement().setAttribute("aria-label", Translations.text("base.export.link", noun, format.label()));
        anchor.getElement().setAttribute("data-format", format.name().toLowerCase(Locale.ROOT));
        // The click also tells the server, which starts polling so the page can show progress.
        anchor.getElement().addEventListener("click", event -> clicked(format));
        return anchor;
    }

    private void clicked(ExportFormat format) {
        if (endedEarly > 0) {
            endedEarly--; // the download was faster than the click's own message: it is done already
            return;
        }
        waiting++;
        progress.setIndeterminate(true);
        progress.setVisible(true);
        status.setText(Translations.text("base.export.preparing", format.label()));
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
    }

    private void running(ExportFormat format, long done, long total) {
        progress.setVisible(true);
        if (total > 0) {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, (double) done / total));
        }
        status.setText(Translations.text("base.export.running", format.label(), done, total));
    }

    private void ended(String message) {
        if (waiting > 0) {
            waiting--;
        } else {
            endedEarly++;
        }
        status.setText(message);
        if (waiting == 0) {
            progress.setVisible(false);
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    /** The download of one format; runs in the download request, not holding the session lock. */
    private final class Download implements DownloadHandler {

        private final ExportFormat format;

        Download(ExportFormat format) {
            this.format = format;
        }

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            UI ui = event.getUI();
            AtomicReference<Export> export = new AtomicReference<>();
            ui.accessSynchronously(() -> export.set(current.get()));
            String fileName = format.fileName(baseName, LocalDate.now(ZoneOffset.UTC));
            event.setFileName(fileName);
            event.setContentType(format.contentType());
            long[] lastReport = {0};
            ExportProgress report = (done, total) -> {
                long now = System.currentTimeMillis();
                if (now - lastReport[0] >= REPORT_EVERY_MILLIS) {
                    lastReport[0] = now;
                    ui.access(() -> running(format, done, total));
                }
            };
            try {
                ExportResult result = export.get().write(format, event.getOutputStream(), report);
                ui.access(() -> ended(Translations.text(
                        result.rows() == 1 ? "base.export.done.one" : "base.export.done.many",
                        result.rows(),
                        fileName)));
            } catch (RuleViolationException refused) {
                event.getResponse().setStatus(400);
                ui.access(() -> ended(Translations.text("base.export.refused", Translations.refusal(refused))));
            } catch (RuntimeException failed) {
                event.getResponse().setStatus(500); // ignored once rows have been sent
                ui.access(() -> ended(Translations.text("base.export.failed")));
            }
        }

        @Override
        public String getUrlPostfix() {
            return baseName + "." + format.extension();
        }
    }
}
