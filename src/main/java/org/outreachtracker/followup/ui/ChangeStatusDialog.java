package org.outreachtracker.followup.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import java.util.Objects;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;

/**
 * Moves a follow-up to another status. "Done" needs a completion note; the message is shown
 * next to the note. A refusal (for example a stale edit) is shown and the input stays.
 */
class ChangeStatusDialog extends EditDialog {

    static final String NOTE_REQUIRED = "followup.status.noteRequired";

    final Select<FollowUpStatus> status = new Select<>();
    final TextArea note = new TextArea();

    ChangeStatusDialog(FollowUpRef followUp, FollowUpService service, Runnable onSaved) {
        super(
                Translations.text("followup.status.heading"),
                Translations.text("followup.status.save"),
                "min(34rem, 100vw)");
        note.setLabel(getTranslation("followup.status.note"));
        addClassName("change-status-dialog");
        var what = new Paragraph(followUp.description());
        what.addClassName("dialog-context");

        status.setLabel(getTranslation("followup.status.status"));
        status.setItems(FollowUpStatus.values());
        status.setItemLabelGenerator(Translations::label);
        note.setWidthFull();
        note.setMinRows(3);

        var values = new Values(followUp.status(), followUp.completionNote() == null ? "" : followUp.completionNote());
        Binder<Values> binder = new Binder<>();
        binder.forField(status)
                .withValidator(Objects::nonNull, getTranslation("followup.status.chooseStatus"))
                .bind(v -> v.status, (v, s) -> v.status = s);
        Binding<Values, String> noteBinding = binder.forField(note)
                .withValidator(TextLimits.counted(
                        note,
                        2000,
                        getTranslation("followup.status.note.name"),
                        getTranslation("followup.status.note.help")))
                .withValidator(
                        text -> status.getValue() != FollowUpStatus.DONE || !text.isBlank(),
                        getTranslation(NOTE_REQUIRED))
                .bind(v -> v.note, (v, n) -> v.note = n);
        binder.readBean(values);
        status.addValueChangeListener(event -> {
            if (note.isInvalid()) {
                noteBinding.validate();
            }
        });

        onSave(
                written(binder, values),
                chosen -> {
                    service.changeStatus(followUp.id(), followUp.version(), chosen.status, chosen.note);
                    return chosen;
                },
                (chosen, same) -> getTranslation("followup.status.saved", Translations.label(chosen.status)),
                same -> onSaved.run());
        add(what, status, note);
        focusOnOpen(status::focus);
    }

    private static final class Values {
        private FollowUpStatus status;
        private String note;

        Values(FollowUpStatus status, String note) {
            this.status = status;
            this.note = note;
        }
    }
}
