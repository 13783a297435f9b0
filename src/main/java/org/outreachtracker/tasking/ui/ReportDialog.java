package org.outreachtracker.tasking.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.DateFields;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.TaskingState;
import org.outreachtracker.tasking.WaiverReason;

/**
 * Marks a tasking reported: the reporting cable's reference and date. A tasking with nothing
 * delivered (and not yet waived) also asks why, which is recorded as a waiver.
 */
public class ReportDialog extends EditDialog {

    final TextField reference = new TextField(getTranslation("tasking.report.reference"));
    final DatePicker date = new DatePicker(getTranslation("tasking.report.date"));
    final Select<WaiverReason> waiver = new Select<>();

    public ReportDialog(
            TaskingRef tasking, String what, TaskingService service, LocalDate today, Consumer<TaskingRef> onSaved) {
        super(
                Translations.text("tasking.report.heading"),
                Translations.text("tasking.report.save"),
                "min(34rem, 100vw)");
        addClassName("report-dialog");
        var context = new Paragraph(what);
        context.addClassName("dialog-context");
        reference.setHelperText(getTranslation("tasking.report.reference.helper"));
        reference.setWidthFull();
        DateFields.configure(date);
        DateFields.notAfter(date, today, getTranslation("tasking.report.date.future"));
        boolean undelivered =
                tasking.state() == TaskingState.INSTRUCTED || tasking.state() == TaskingState.APPOINTMENT_REQUESTED;
        waiver.setLabel(getTranslation("tasking.report.waiver"));
        waiver.setItems(WaiverReason.values());
        waiver.setItemLabelGenerator(
                reason -> reason == null ? "" : getTranslation("tasking.WaiverReason." + reason.name()));
        waiver.setHelperText(getTranslation("tasking.report.waiver.helper"));
        waiver.setVisible(undelivered);

        var values = new Values();
        values.date = today;
        Binder<Values> binder = new Binder<>();
        binder.forField(reference)
                .asRequired(getTranslation("tasking.report.reference.required"))
                .withValidator(TextLimits.validator(100, getTranslation("tasking.report.cableReference.what")))
                .bind(v -> v.reference, (v, r) -> v.reference = r);
        binder.forField(date)
                .asRequired(getTranslation("tasking.report.date.required"))
                .bind(v -> v.date, (v, d) -> v.date = d);
        binder.forField(waiver)
                .withValidator(
                        reason -> !undelivered || reason != null, getTranslation("tasking.report.waiver.required"))
                .bind(v -> v.waiver, (v, w) -> v.waiver = w);
        binder.readBean(values);

        onSave(
                written(binder, values),
                chosen -> service.markReported(
                        tasking.id(), tasking.version(), chosen.reference, chosen.date, chosen.waiver),
                (chosen, saved) -> getTranslation("tasking.report.saved", saved.reportReference()),
                onSaved);
        add(context, reference, date, waiver);
        saveOnEnter();
        focusOnOpen(reference::focus);
    }

    private static final class Values {
        private String reference = "";
        private LocalDate date;
        private WaiverReason waiver;
    }
}
