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

    static final String ACTIVE_NEEDS_TARGETS = "An active campaign needs target countries: all, or a list.";
    static final String ACTIVE_NEEDS_TARGETS_NEW = "An active campaign needs target countries. Create it as a"
            + " draft, choose its countries on its page, then make it active.";

    final TextField title = new TextField("Title");
    final TextField cableReference = new TextField("Instruction reference");
    final TextArea objective = new TextArea("Objective");
    final DatePicker issueDate = new DatePicker("Issue date");
    final DatePicker deadline = new DatePicker("Report by");
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
        cableReference.setHelperText("The cable number, e.g. 26 STATE 041187");
        objective.setMinRows(3);
        DateFields.configure(issueDate);
        DateFields.configure(deadline);
        deadline.setHelperText("Optional: the date by which each post reports back");
        minimumLevel.setLabel("Minimum counterpart level");
        minimumLevel.setHelperText("Optional: deliveries only below it are flagged");
        minimumLevel.setItems(CounterpartLevel.values());
        minimumLevel.setEmptySelectionAllowed(true);
        minimumLevel.setEmptySelectionCaption("No minimum");
        minimumLevel.setItemLabelGenerator(level -> level == null ? "No minimum" : level.label());
        status.setLabel("Status");
        status.setItems(CampaignStatus.values());
        status.setItemLabelGenerator(CampaignStatus::label);

        binder.forField(title)
                .asRequired("Enter a title.")
                .withValidator(TextLimits.validator(200, "The title"))
                .bind(CampaignFormData::getTitle, CampaignFormData::setTitle);
        binder.forField(cableReference)
                .asRequired("Enter the instruction reference.")
                .withValidator(TextLimits.validator(100, "The instruction reference"))
                .bind(CampaignFormData::getCableReference, CampaignFormData::setCableReference);
        binder.forField(objective)
                .asRequired("Enter the objective.")
                .withValidator(TextLimits.counted(objective, 4000, "The objective"))
                .bind(CampaignFormData::getObjective, CampaignFormData::setObjective);
        binder.forField(issueDate)
                .asRequired("Enter the issue date.")
                .bind(CampaignFormData::getIssueDate, CampaignFormData::setIssueDate);
        var deadlineBinding = binder.forField(deadline)
                .withValidator(
                        date -> date == null || issueDate.getValue() == null || !date.isBefore(issueDate.getValue()),
                        "The report-by date cannot be before the issue date.")
                .bind(CampaignFormData::getDeadline, CampaignFormData::setDeadline);
        binder.forField(minimumLevel).bind(CampaignFormData::getMinimumLevel, CampaignFormData::setMinimumLevel);
        var statusBinding = binder.forField(status)
                .withValidator(Objects::nonNull, "Choose a status.")
                .withValidator(
                        value -> value != CampaignStatus.ACTIVE || hasTargets(),
                        targets == null ? ACTIVE_NEEDS_TARGETS_NEW : ACTIVE_NEEDS_TARGETS)
                .bind(CampaignFormData::getStatus, CampaignFormData::setStatus);
        issueDate.addValueChangeListener(event -> {
            DateFields.notBefore(deadline, event.getValue(), "The report-by date cannot be before the issue date.");
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
