package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.meeting.CableDraft;
import org.outreachtracker.meeting.CableFacts;

/**
 * A meeting's reporting-cable draft, read-only, to copy into the cable system or download as a
 * .txt file. Escape closes it.
 */
public class CableDraftDialog extends Dialog {

    final TextArea text = new TextArea("Cable text");

    public CableDraftDialog(CableFacts facts) {
        String draft = CableDraft.text(facts);
        setHeaderTitle("Reporting-cable draft");
        addClassName("cable-draft-dialog");
        setWidth("min(60rem, 95vw)");
        var help = new Paragraph("Plain text in the usual reporting-cable shape. Copy it into the cable system,"
                + " then complete the comment paragraph.");
        help.addClassName("dialog-help");
        text.setValue(draft);
        text.setReadOnly(true);
        text.setWidthFull();
        text.addClassName("cable-text");

        var copy = new Button("Copy text", VaadinIcon.COPY.create(), event -> copy());
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        byte[] bytes = draft.getBytes(StandardCharsets.UTF_8);
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(bytes),
                        CableDraft.fileName(facts),
                        "text/plain;charset=UTF-8",
                        bytes.length)),
                "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Download .txt"));
        download.addClassName("export-link");
        download.getElement().setAttribute("aria-label", "Download the cable draft as a .txt file");
        var close = new Button("Close", event -> close());
        add(help, text);
        getFooter().add(download, close, copy);
    }

    /** Selects the text and copies it to the clipboard; if the browser refuses, the text stays selected. */
    private void copy() {
        text.getElement().executeJs("""
                const area = this.inputElement; area.focus(); area.select();
                if (navigator.clipboard && window.isSecureContext) {
                  return navigator.clipboard.writeText(area.value).then(() => true, () => false);
                }
                return document.execCommand('copy');""").then(Boolean.class, copied -> {
            if (Boolean.TRUE.equals(copied)) {
                Notifications.success("Copied. Paste it into the cable system.");
            } else {
                Notifications.error("The browser did not allow copying. The text is selected: press Ctrl+C.");
            }
        });
    }
}
