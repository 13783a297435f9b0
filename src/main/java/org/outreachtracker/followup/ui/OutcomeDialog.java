package org.outreachtracker.followup.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import java.util.Objects;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.followup.CommitmentOutcome;
import org.outreachtracker.followup.CommitmentRef;
import org.outreachtracker.followup.CommitmentService;

/**
 * Records what became of a host government's commitment when its owner checked back. "Partly
 * kept" and "not kept" need a note on what is missing; the message is shown next to the note.
 */
class OutcomeDialog extends EditDialog {

    static final String NOTE_REQUIRED = "Say what was not done: a note is required for this outcome.";

    final Select<CommitmentOutcome> outcome = new Select<>();
    final TextArea note = new TextArea("Note");

    OutcomeDialog(CommitmentRef commitment, CommitmentService service, Runnable onSaved) {
        super("Record the outcome", "Save", "min(34rem, 100vw)");
        addClassName("outcome-dialog");
        var what = new Paragraph(commitment.description());
        what.addClassName("dialog-context");
        outcome.setLabel("Outcome");
        outcome.setItems(CommitmentOutcome.values());
        outcome.setItemLabelGenerator(CommitmentOutcome::label);
        note.setWidthFull();
        note.setMinRows(3);

        var values = new Values();
        values.outcome = commitment.outcome().isOpen() ? null : commitment.outcome();
        values.note = commitment.outcomeNote() == null ? "" : commitment.outcomeNote();
        Binder<Values> binder = new Binder<>();
        binder.forField(outcome)
                .withValidator(Objects::nonNull, "Choose the outcome.")
                .bind(v -> v.outcome, (v, o) -> v.outcome = o);
        Binding<Values, String> noteBinding = binder.forField(note)
                .withValidator(TextLimits.counted(note, 2000, "The note", "Required when partly kept or not kept."))
                .withValidator(
                        text -> outcome.getValue() == null
                                || !outcome.getValue().needsNote()
                                || !text.isBlank(),
                        NOTE_REQUIRED)
                .bind(v -> v.note, (v, n) -> v.note = n);
        binder.readBean(values);
        outcome.addValueChangeListener(event -> {
            if (note.isInvalid()) {
                noteBinding.validate();
            }
        });
        onSave(
                written(binder, values),
                chosen -> {
                    service.recordOutcome(commitment.id(), commitment.version(), chosen.outcome, chosen.note);
                    return chosen;
                },
                (chosen, same) -> "Outcome recorded: " + chosen.outcome.label() + ".",
                same -> onSaved.run());
        add(what, outcome, note);
        focusOnOpen(outcome::focus);
    }

    private static final class Values {
        private CommitmentOutcome outcome;
        private String note;
    }
}
