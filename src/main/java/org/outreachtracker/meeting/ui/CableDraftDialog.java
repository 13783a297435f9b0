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

    final TextArea text = new TextArea(getTranslation("meeting.cable.text"));

    public CableDraftDialog(CableFacts facts) {
        String draft = CableDraft.text(facts);
        setHeaderTitle(getTranslation("meeting.cable.title"));
        addClassName("cable-draft-dialog");
        setWidth("min(60rem, 95vw)");
        var help = new Paragraph(getTranslation("meeting.cable.help"));
        help.addClassName("dialog-help");
        text.setValue(draft);
        text.setReadOnly(true);
        text.setWidthFull();
        text.addClassName("cable-text");

        var copy = new Button(getTranslation("meeting.cable.copy"), VaadinIcon.COPY.create(), event -> copy());
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        byte[] bytes = draft.getBytes(StandardCharsets.UTF_8);
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(bytes),
                        CableDraft.fileName(facts),
                        "text/plain;charset=UTF-8",
                        bytes.length)),
                "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("meeting.cable.download")));
        download.addClassName("export-link");
        download.getElement().setAttribute("aria-label", getTranslation("meeting.cable.download.label"));
        var close = new Button(getTranslation("meeting.cable.close"), event -> close());
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
                Notifications.success(getTranslation("meeting.cable.copied"));
            } else {
                Notifications.error(getTranslation("meeting.cable.copyRefused"));
            }
        });
    }
}
