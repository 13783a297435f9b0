package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.PointDraft;
import org.outreachtracker.campaign.TalkingPointRef;

/**
 * Writes a revised set of talking points, starting from the current one: points can be reworded,
 * added and removed. Issuing them makes them the campaign's next version; meetings already logged
 * keep the version they delivered.
 */
class RevisedPointsDialog extends EditDialog {

    /** One point of the revised set as it is being written. */
    static final class PointRow extends ListItem {
        final TextField label = new TextField(getTranslation("campaign.point.label"));
        final TextArea text = new TextArea(getTranslation("campaign.point.text"));
        final Button remove = new Button(VaadinIcon.TRASH.create());
        /** Checks the fields; the draft is read from them, so the bean is never written. */
        private final Binder<PointDraft> binder = new Binder<>();

        PointRow(PointDraft initial) {
            addClassName("revised-point");
            label.setWidthFull();
            text.setWidthFull();
            text.setMinRows(2);
            binder.forField(label)
                    .asRequired(getTranslation("campaign.point.label.required"))
                    .withValidator(TextLimits.validator(100, getTranslation("campaign.point.label.what")))
                    .bind(PointDraft::label, (unused, value) -> {});
            binder.forField(text)
                    .asRequired(getTranslation("campaign.point.text.required"))
                    .withValidator(TextLimits.counted(text, 4000, getTranslation("campaign.point.text.what")))
                    .bind(PointDraft::text, (unused, value) -> {});
            binder.readBean(initial);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            var fields = new Div(label, text);
            fields.addClassName("revised-point-fields");
            add(fields, remove);
        }

        Optional<PointDraft> draft() {
            return binder.validate().isOk()
                    ? Optional.of(new PointDraft(label.getValue(), text.getValue()))
                    : Optional.empty();
        }
    }

    final OrderedList rows = new OrderedList();
    final Button addPoint = new Button(getTranslation("campaign.revised.addPoint"), VaadinIcon.PLUS.create());
    private final Paragraph noPoints = new Paragraph(getTranslation("campaign.revised.noPoints"));

    /**
     * @param current the points now in force, the starting point of the revision
     * @param nextVersion the number the revised set will have
     * @param issue the service call that issues the set; answers the version issued
     * @param issued what follows once the dialog has closed
     */
    RevisedPointsDialog(
            List<TalkingPointRef> current,
            int nextVersion,
            Function<List<PointDraft>, Integer> issue,
            Runnable issued) {
        super(
                Translations.text("campaign.revised.heading"),
                Translations.text("campaign.revised.issue", nextVersion),
                "min(48rem, 95vw)");
        keepOpenOnOutsideClick();
        addClassName("revised-points-dialog");
        var note = new Paragraph(getTranslation("campaign.revised.note", nextVersion));
        note.addClassName("callout");
        rows.addClassName("revised-points");
        noPoints.addClassName("error-text");
        noPoints.getElement().setAttribute("role", "alert");
        noPoints.setVisible(false);
        current.forEach(point -> addRow(new PointDraft(point.label(), point.text())));
        addPoint.addClickListener(event -> addRow(new PointDraft("", "")).label.focus());
        add(note, rows, noPoints, addPoint);
        onSave(this::drafts, issue, (drafts, version) -> getTranslation("campaign.revised.issued", version), v -> {
            issued.run();
        });
        focusOnOpen(
                () -> rows.getChildren().findFirst().map(PointRow.class::cast).ifPresent(first -> first.label.focus()));
    }

    private PointRow addRow(PointDraft initial) {
        var row = new PointRow(initial);
        row.remove.addClickListener(event -> {
            rows.remove(row);
            renumber();
        });
        rows.add(row);
        renumber();
        return row;
    }

    private void renumber() {
        List<PointRow> all = pointRows();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).label.setLabel(getTranslation("campaign.revised.pointLabel", i + 1));
            all.get(i).text.setLabel(getTranslation("campaign.revised.pointText", i + 1));
            all.get(i).remove.setAriaLabel(getTranslation("campaign.revised.remove", i + 1));
            all.get(i).remove.setTooltipText(getTranslation("campaign.revised.remove", i + 1));
        }
        noPoints.setVisible(false);
    }

    List<PointRow> pointRows() {
        return rows.getChildren().map(PointRow.class::cast).toList();
    }

    private Optional<List<PointDraft>> drafts() {
        List<PointRow> all = pointRows();
        if (all.isEmpty()) {
            noPoints.setVisible(true);
            return Optional.empty();
        }
        List<PointDraft> drafts = new ArrayList<>();
        boolean valid = true;
        for (PointRow row : all) {
            Optional<PointDraft> draft = row.draft();
            valid &= draft.isPresent();
            draft.ifPresent(drafts::add);
        }
        return valid ? Optional.of(drafts) : Optional.empty();
    }
}
