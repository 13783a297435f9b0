package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.PointDraft;

/**
 * Writes a talking point: a short label and the full text. The dialog stays open, with the input,
 * when the service refuses.
 */
class PointDialog extends EditDialog {

    final TextField label = new TextField(getTranslation("campaign.point.label"));
    final TextArea text = new TextArea(getTranslation("campaign.point.text"));

    private final Binder<Fields> binder = new Binder<>();

    /**
     * @param save the service call that saves the point
     * @param savedMessage told to the user once it is saved
     * @param saved what follows once the dialog has closed
     */
    PointDialog(
            String heading,
            PointDraft initial,
            boolean delivered,
            Consumer<PointDraft> save,
            String savedMessage,
            Runnable saved) {
        super(heading, Translations.text("campaign.point.save"), "min(40rem, 95vw)");
        keepOpenOnOutsideClick();
        addClassName("point-dialog");

        label.setHelperText(getTranslation("campaign.point.label.helper"));
        text.setMinRows(4);
        binder.forField(label)
                .asRequired(getTranslation("campaign.point.label.required"))
                .withValidator(TextLimits.validator(100, getTranslation("campaign.point.label.what")))
                .bind(Fields::getLabel, Fields::setLabel);
        binder.forField(text)
                .asRequired(getTranslation("campaign.point.text.required"))
                .withValidator(TextLimits.counted(text, 4000, getTranslation("campaign.point.text.what")))
                .bind(Fields::getText, Fields::setText);
        var fields = new Fields();
        if (initial != null) {
            fields.setLabel(initial.label());
            fields.setText(initial.text());
        }
        binder.readBean(fields);

        var form = new FormLayout(label, text);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (delivered) {
            var note = new Paragraph(getTranslation("campaign.point.deliveredNote"));
            note.addClassNames("callout", "point-delivered-note");
            add(note);
        }
        add(form);

        onSave(
                this::written,
                draft -> {
                    save.accept(draft);
                    return draft;
                },
                (draft, same) -> savedMessage,
                same -> saved.run());
        focusOnOpen(label::focus);
    }

    private Optional<PointDraft> written() {
        var written = new Fields();
        return binder.writeBeanIfValid(written)
                ? Optional.of(new PointDraft(written.getLabel(), written.getText()))
                : Optional.empty();
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
