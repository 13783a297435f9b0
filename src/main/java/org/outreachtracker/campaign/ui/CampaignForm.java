package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;
import java.util.Optional;
import org.outreachtracker.base.ui.DateFields;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.counterpart.CounterpartLevel;

/**
 * The fields of a campaign with their validation messages, in a buffered binder: nothing
 * changes until {@link #write()} returns a draft. On the campaign page the target countries
 * field is bound too, so that details and targets are saved together.
 */
class CampaignForm extends Composite<FormLayout> {

    final TextField title = new TextField(getTranslation("campaign.form.title"));
    final TextField cableReference = new TextField(getTranslation("campaign.form.reference"));
    final TextArea objective = new TextArea(getTranslation("campaign.form.objective"));
    final DatePicker issueDate = new DatePicker(getTranslation("campaign.form.issued"));
    final DatePicker deadline = new DatePicker(getTranslation("campaign.form.deadline"));
    final Select<CounterpartLevel> minimumLevel = new Select<>();
    final Select<CampaignStatus> status = new Select<>();

    private final Binder<CampaignFormData> binder = new Binder<>();
    private final TargetCountriesField targets;

    /** A form without target countries (a new campaign gets them on its page). */
    CampaignForm() {
        this(null);
    }

    CampaignForm(TargetCountriesField targets) {
        this.targets = targets;
        cableReference.setHelperText(getTranslation("campaign.form.reference.helper"));
        objective.setMinRows(3);
        DateFields.configure(issueDate);
        DateFields.configure(deadline);
        deadline.setHelperText(getTranslation("campaign.form.deadline.helper"));
        minimumLevel.setLabel(getTranslation("campaign.form.minimumLevel"));
        minimumLevel.setHelperText(getTranslation("campaign.form.minimumLevel.helper"));
        minimumLevel.setItems(CounterpartLevel.values());
        minimumLevel.setEmptySelectionAllowed(true);
        minimumLevel.setEmptySelectionCaption(getTranslation("campaign.form.noMinimum"));
        minimumLevel.setItemLabelGenerator(
                level -> level == null ? getTranslation("campaign.form.noMinimum") : level.label());
        status.setLabel(getTranslation("campaign.form.status"));
        status.setItems(CampaignStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("campaign.CampaignStatus." + value.name()));

        binder.forField(title)
                .asRequired(getTranslation("campaign.form.title.required"))
                .withValidator(TextLimits.validator(200, getTranslation("campaign.form.title.what")))
                .bind(CampaignFormData::getTitle, CampaignFormData::setTitle);
        binder.forField(cableReference)
                .asRequired(getTranslation("campaign.form.reference.required"))
                .withValidator(TextLimits.validator(100, getTranslation("campaign.form.instructionReference.what")))
                .bind(CampaignFormData::getCableReference, CampaignFormData::setCableReference);
        binder.forField(objective)
                .asRequired(getTranslation("campaign.form.objective.required"))
                .withValidator(TextLimits.counted(objective, 4000, getTranslation("campaign.form.objective.what")))
                .bind(CampaignFormData::getObjective, CampaignFormData::setObjective);
        binder.forField(issueDate)
                .asRequired(getTranslation("campaign.form.issued.required"))
                .bind(CampaignFormData::getIssueDate, CampaignFormData::setIssueDate);
        var deadlineBinding = binder.forField(deadline)
                .withValidator(
                        date -> date == null || issueDate.getValue() == null || !date.isBefore(issueDate.getValue()),
                        getTranslation("campaign.form.deadline.beforeIssue"))
                .bind(CampaignFormData::getDeadline, CampaignFormData::setDeadline);
        binder.forField(minimumLevel).bind(CampaignFormData::getMinimumLevel, CampaignFormData::setMinimumLevel);
        var statusBinding = binder.forField(status)
                .withValidator(Objects::nonNull, getTranslation("campaign.form.status.required"))
                .withValidator(
                        value -> value != CampaignStatus.ACTIVE || hasTargets(),
                        getTranslation(
                                targets == null
                                        ? "campaign.form.activeNeedsTargetsNew"
                                        : "campaign.form.activeNeedsTargets"))
                .bind(CampaignFormData::getStatus, CampaignFormData::setStatus);
        issueDate.addValueChangeListener(event -> {
            DateFields.notBefore(deadline, event.getValue(), getTranslation("campaign.form.deadline.beforeIssue"));
            if (deadline.getValue() != null) {
                deadlineBinding.validate();
            }
        });
        if (targets != null) {
            binder.forField(targets).bind(CampaignFormData::getTargets, CampaignFormData::setTargets);
            targets.addValueChangeListener(event -> {
                if (status.getValue() == CampaignStatus.ACTIVE) {
                    statusBinding.validate();
                }
            });
        }

        FormLayout layout = getContent();
        layout.add(title, cableReference, objective, issueDate, deadline, status, minimumLevel);
        layout.setColspan(title, 2);
        layout.setColspan(objective, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.addClassName("campaign-form");
    }

    private boolean hasTargets() {
        return targets != null && !targets.getValue().isEmpty();
    }

    void read(CampaignFormData data) {
        binder.readBean(data);
        deadline.setMin(issueDate.getValue());
    }

    /** The draft when every field is valid; otherwise the messages show next to the fields. */
    Optional<CampaignDraft> write() {
        var data = new CampaignFormData();
        return binder.writeBeanIfValid(data) ? Optional.of(data.toDraft()) : Optional.empty();
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }
}
