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
import org.outreachtracker.followup.CommitmentOutcome;
import org.outreachtracker.followup.CommitmentRef;
import org.outreachtracker.followup.CommitmentService;

/**
 * Records what became of a host government's commitment when its owner checked back. "Partly
 * kept" and "not kept" need a note on what is missing; the message is shown next to the note.
 */
class OutcomeDialog extends EditDialog {

    static final String NOTE_REQUIRED = "followup.outcome.noteRequired";

    final Select<CommitmentOutcome> outcome = new Select<>();
    final TextArea note = new TextArea();

    OutcomeDialog(CommitmentRef commitment, CommitmentService service, Runnable onSaved) {
        super(
                Translations.text("followup.outcome.heading"),
                Translations.text("followup.outcome.save"),
                "min(34rem, 100vw)");
        note.setLabel(getTranslation("followup.outcome.note"));
        addClassName("outcome-dialog");
        var what = new Paragraph(commitment.description());
        what.addClassName("dialog-context");
        outcome.setLabel(getTranslation("followup.outcome.outcome"));
        outcome.setItems(CommitmentOutcome.values());
        outcome.setItemLabelGenerator(Translations::label);
        note.setWidthFull();
        note.setMinRows(3);

        var values = new Values();
        values.outcome = commitment.outcome().isOpen() ? null : commitment.outcome();
        values.note = commitment.outcomeNote() == null ? "" : commitment.outcomeNote();
        Binder<Values> binder = new Binder<>();
        binder.forField(outcome)
                .withValidator(Objects::nonNull, getTranslation("followup.outcome.chooseOutcome"))
                .bind(v -> v.outcome, (v, o) -> v.outcome = o);
        Binding<Values, String> noteBinding = binder.forField(note)
                .withValidator(TextLimits.counted(
                        note,
                        2000,
                        getTranslation("followup.outcome.note.name"),
                        getTranslation("followup.outcome.note.help")))
                .withValidator(
                        text -> outcome.getValue() == null
                                || !outcome.getValue().needsNote()
                                || !text.isBlank(),
                        getTranslation(NOTE_REQUIRED))
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
                (chosen, same) -> getTranslation("followup.outcome.saved", Translations.label(chosen.outcome)),
                same -> onSaved.run());
        add(what, outcome, note);
        focusOnOpen(outcome::focus);
    }

    private static final class Values {
        private CommitmentOutcome outcome;
        private String note;
    }
}
