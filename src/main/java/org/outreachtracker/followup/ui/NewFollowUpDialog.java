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
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ui.CountryNames;

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

    final ComboBox<CampaignSummary> campaign = new ComboBox<>();
    final ComboBox<CountryRef> country = new ComboBox<>();
    final TextArea description = new TextArea();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final DatePicker dueDate = DateFields.configure(new DatePicker());
    final Select<Priority> priority = new Select<>();

    NewFollowUpDialog(
            FollowUpService followUps,
            List<CampaignSummary> campaigns,
            List<CountryRef> countries,
            List<UserRef> owners,
            UserRef me,
            LocalDate today,
            Runnable created) {
        super(Translations.text("followup.new.heading"), Translations.text("followup.new.save"), "min(44rem, 100vw)");
        campaign.setLabel(getTranslation("followup.new.campaign"));
        country.setLabel(getTranslation("followup.new.country"));
        description.setLabel(getTranslation("followup.new.description"));
        owner.setLabel(getTranslation("followup.new.owner"));
        dueDate.setLabel(getTranslation("followup.new.due"));
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(CampaignSummary::title);
        country.setItems(countries);
        country.setItemLabelGenerator(CountryNames::of);
        owner.setItems(owners);
        owner.setItemLabelGenerator(UserRef::displayName);
        DateFields.notBefore(dueDate, today, getTranslation("followup.new.dueNotPast"));
        priority.setLabel(getTranslation("followup.new.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Translations::label);

        var binder = new Binder<Bean>();
        binder.forField(campaign)
                .asRequired(getTranslation("followup.new.chooseCampaign"))
                .bind(b -> b.campaign, (b, v) -> b.campaign = v);
        binder.forField(country)
                .asRequired(getTranslation("followup.new.chooseCountry"))
                .bind(b -> b.country, (b, v) -> b.country = v);
        binder.forField(description)
                .asRequired(getTranslation("followup.new.describe"))
                .withValidator(TextLimits.counted(description, 2000, getTranslation("followup.new.description.name")))
                .bind(b -> b.description, (b, v) -> b.description = v);
        binder.forField(owner)
                .asRequired(getTranslation("followup.new.chooseOwner"))
                .bind(b -> b.owner, (b, v) -> b.owner = v);
        binder.forField(dueDate)
                .asRequired(getTranslation("followup.new.enterDue"))
                .bind(b -> b.dueDate, (b, v) -> b.dueDate = v);
        binder.forField(priority)
                .withValidator(Objects::nonNull, getTranslation("followup.new.choosePriority"))
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
                (written, same) -> getTranslation("followup.new.saved"),
                same -> created.run());
        save.setId("save-follow-up");
        var form = new FormLayout(campaign, country, description, owner, dueDate, priority);
        form.setColspan(description, 2);
        add(form);
    }
}
