package org.outreachtracker.followup.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.base.ui.DateFields;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.TextLimits;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.reference.CountryRef;

/**
 * A follow-up for a campaign and a country, outside any meeting (for example a request that
 * arrived by note). Desk officers choose among their desk countries.
 */
class NewFollowUpDialog extends EditDialog {

    static final class Bean {
        CampaignSummary campaign;
        CountryRef country;
        String description = "";
        UserRef owner;
        LocalDate dueDate;
        Priority priority = Priority.MEDIUM;
    }

    final ComboBox<CampaignSummary> campaign = new ComboBox<>("Campaign");
    final ComboBox<CountryRef> country = new ComboBox<>("Country");
    final TextArea description = new TextArea("What must happen");
    final ComboBox<UserRef> owner = new ComboBox<>("Owner");
    final DatePicker dueDate = DateFields.configure(new DatePicker("Due"));
    final Select<Priority> priority = new Select<>();

    NewFollowUpDialog(
            FollowUpService followUps,
            List<CampaignSummary> campaigns,
            List<CountryRef> countries,
            List<UserRef> owners,
            UserRef me,
            LocalDate today,
            Runnable created) {
        super("New follow-up", "Add follow-up", "min(44rem, 100vw)");
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(CampaignSummary::title);
        country.setItems(countries);
        country.setItemLabelGenerator(CountryRef::name);
        owner.setItems(owners);
        owner.setItemLabelGenerator(UserRef::displayName);
        DateFields.notBefore(dueDate, today, "The due date cannot be in the past.");
        priority.setLabel("Priority");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Priority::label);

        var binder = new Binder<Bean>();
        binder.forField(campaign).asRequired("Choose the campaign.").bind(b -> b.campaign, (b, v) -> b.campaign = v);
        binder.forField(country).asRequired("Choose the country.").bind(b -> b.country, (b, v) -> b.country = v);
        binder.forField(description)
                .asRequired("Describe what must happen.")
                .withValidator(TextLimits.counted(description, 2000, "The description"))
                .bind(b -> b.description, (b, v) -> b.description = v);
        binder.forField(owner).asRequired("Choose who owns it.").bind(b -> b.owner, (b, v) -> b.owner = v);
        binder.forField(dueDate).asRequired("Enter the due date.").bind(b -> b.dueDate, (b, v) -> b.dueDate = v);
        binder.forField(priority)
                .withValidator(Objects::nonNull, "Choose the priority.")
                .bind(b -> b.priority, (b, v) -> b.priority = v);
        var bean = new Bean();
        bean.campaign = campaigns.size() == 1 ? campaigns.getFirst() : null;
        bean.country = countries.size() == 1 ? countries.getFirst() : null;
        bean.owner = me;
        bean.dueDate = today.plusDays(14);
        binder.readBean(bean);

        onSave(
                written(binder, bean),
                written -> {
                    var draft = new FollowUpDraft(
                            written.description, written.owner.id(), written.dueDate, written.priority);
                    followUps.create(written.campaign.id(), written.country.id(), draft);
                    return written;
                },
                (written, same) -> "Follow-up added.",
                same -> created.run());
        save.setId("save-follow-up");
        var form = new FormLayout(campaign, country, description, owner, dueDate, priority);
        form.setColspan(description, 2);
        add(form);
    }
}
