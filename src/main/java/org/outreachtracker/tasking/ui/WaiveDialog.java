package org.outreachtracker.tasking.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.WaiverReason;

/** Excuses a post from delivering the points itself, for one of the recognised reasons. */
public class WaiveDialog extends EditDialog {

    final RadioButtonGroup<WaiverReason> reason = new RadioButtonGroup<>(getTranslation("tasking.waive.reason"));

    public WaiveDialog(TaskingRef tasking, String what, TaskingService service, Consumer<TaskingRef> onSaved) {
        super(Translations.text("tasking.waive.heading"), Translations.text("tasking.waive.save"), "min(32rem, 100vw)");
        addClassName("waive-dialog");
        var context = new Paragraph(what);
        context.addClassName("dialog-context");
        reason.setItems(WaiverReason.values());
        reason.setItemLabelGenerator(value -> getTranslation("tasking.WaiverReason." + value.name()));
        reason.setRequiredIndicatorVisible(true);
        onSave(
                () -> {
                    if (reason.getValue() == null) {
                        reason.setInvalid(true);
                        reason.setErrorMessage(getTranslation("tasking.waive.reasonRequired"));
                        return Optional.empty();
                    }
                    reason.setInvalid(false);
                    return Optional.of(reason.getValue());
                },
                chosen -> service.waive(tasking.id(), tasking.version(), chosen),
                (chosen, saved) -> getTranslation(
                        "tasking.waive.saved",
                        getTranslation("tasking.WaiverReason." + chosen.name()).toLowerCase(getLocale())),
                onSaved);
        add(context, reason);
        focusOnOpen(() -> reason.getElement().executeJs("this.focus()"));
    }
}
