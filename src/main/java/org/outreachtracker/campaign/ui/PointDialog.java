package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Predicate;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.campaign.PointDraft;

/**
 * Writes a talking point: a short label and the full text. The save action decides whether
 * the dialog may close (it stays open, with the input, when the service refuses).
 */
class PointDialog extends Dialog {

    static final String DELIVERED_NOTE = "Already delivered in meetings: those meetings keep the wording that"
            + " was delivered.";

    final TextField label = new TextField("Label");
    final TextArea text = new TextArea("Text");
    final Button save = new Button("Save point");

    private final Binder<Fields> binder = new Binder<>();

    /** The dialog's fields; {@code save} returns true when the point was saved. */
    PointDialog(String heading, PointDraft initial, boolean delivered, Predicate<PointDraft> save) {
        setHeaderTitle(heading);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 95vw)");
        addClassName("point-dialog");

        label.setHelperText("A few words, shown in meeting forms and reports");
        text.setMinRows(4);
        binder.forField(label).asRequired("Enter a short label.").withValidator(TextLimits.validator(100, "The label"))
                .bind(Fields::getLabel, Fields::setLabel);
        binder.forField(text).asRequired("Enter the text of the point.")
                .withValidator(TextLimits.counted(text, 4000, "The text")).bind(Fields::getText, Fields::setText);
        var fields = new Fields();
        if (initial != null) {
            fields.setLabel(initial.label());
            fields.setText(initial.text());
        }
        binder.readBean(fields);

        var form = new FormLayout(label, text);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (delivered) {
            var note = new Paragraph(DELIVERED_NOTE);
            note.addClassNames("callout", "point-delivered-note");
            add(note);
        }
        add(form);

        this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        this.save.addClickListener(event -> {
            var written = new Fields();
            if (binder.writeBeanIfValid(written) && save.test(new PointDraft(written.getLabel(), written.getText()))) {
                close();
            }
        });
        var cancel = new Button("Cancel", event -> close());
        getFooter().add(cancel, this.save);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                label.focus();
            }
        });
    }

    private static final class Fields {
        private String label = "";
        private String text = "";

        String getLabel() {
            return label;
        }

        void setLabel(String label) {
            this.label = label == null ? "" : label;
        }

        String getText() {
            return text;
        }

        void setText(String text) {
            this.text = text == null ? "" : text;
        }
    }
}
