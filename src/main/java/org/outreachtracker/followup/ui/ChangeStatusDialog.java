package org.outreachtracker.followup.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import java.util.Objects;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;

/**
 * Moves a follow-up to another status. "Done" needs a completion note; the message is shown
 * next to the note. A refusal (for example a stale edit) is shown and the input stays.
 */
class ChangeStatusDialog extends EditDialog {

    static final String NOTE_REQUIRED = "Say what was done: a completion note is required.";

    final Select<FollowUpStatus> status = new Select<>();
    final TextArea note = new TextArea("Completion note");

    ChangeStatusDialog(FollowUpRef followUp, FollowUpService service, Runnable onSaved) {
        super("Change status", "Save", "min(34rem, 100vw)");
        addClassName("change-status-dialog");
        var what = new Paragraph(followUp.description());
        what.addClassName("dialog-context");

        status.setLabel("Status");
        status.setItems(FollowUpStatus.values());
        status.setItemLabelGenerator(FollowUpStatus::label);
        note.setWidthFull();
        note.setMinRows(3);

        var values = new Values(followUp.status(), followUp.completionNote() == null ? "" : followUp.completionNote());
        Binder<Values> binder = new Binder<>();
        binder.forField(status)
                .withValidator(Objects::nonNull, "Choose the new status.")
                .bind(v -> v.status, (v, s) -> v.status = s);
        Binding<Values, String> noteBinding = binder.forField(note)
                .withValidator(TextLimits.counted(note, 2000, "The note", "Required when the status is Done."))
                .withValidator(text -> status.getValue() != FollowUpStatus.DONE || !text.isBlank(), NOTE_REQUIRED)
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
                (chosen, same) -> "Status set to " + chosen.status.label() + ".",
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
