package org.outreachtracker.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.outreachtracker.base.ui.Notifications;

/**
 * Recovery codes, shown this once: a list to copy or download as a text file, and a tick "I have
 * saved them" that must be given before going on.
 */
class RecoveryCodesPanel extends Div {

    final OrderedList list = new OrderedList();
    final Checkbox saved = new Checkbox(getTranslation("account.recovery.saved"));
    final Button done;

    RecoveryCodesPanel(List<String> codes, String username, String doneText, Runnable onDone) {
        addClassName("recovery-codes-panel");
        String text = String.join("\n", codes);
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        codes.forEach(code -> {
            var item = new ListItem(code);
            item.addClassName("mono");
            list.add(item);
        });
        var copy = new Button(getTranslation("account.recovery.copy"), VaadinIcon.COPY_O.create(), event -> {
            list.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", text);
            Notifications.success(getTranslation("account.recovery.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        byte[] file = (getTranslation("account.recovery.file.title", username) + "\n"
                        + getTranslation("account.recovery.file.explanation") + "\n\n" + text + "\n")
                .getBytes(StandardCharsets.UTF_8);
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(file),
                        "outreach-tracker-recovery-codes.txt",
                        "text/plain;charset=UTF-8",
                        file.length)),
                "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("account.recovery.download")));
        download.addClassName("export-link");
        var tools = new Div(copy, download);
        tools.addClassName("recovery-codes-tools");

        saved.setId("recovery-codes-saved");
        done = new Button(doneText, event -> onDone.run());
        done.setId("recovery-codes-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setEnabled(false);
        saved.addValueChangeListener(event -> done.setEnabled(event.getValue()));

        add(
                new H2(getTranslation("account.recovery.title")),
                new Paragraph(getTranslation("account.recovery.intro")),
                list,
                tools,
                saved,
                done);
    }
}
