package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignService;

/** Creates a campaign from its details; target countries and talking points follow on its page. */
class NewCampaignDialog extends EditDialog {

    final CampaignForm form = new CampaignForm();

    NewCampaignDialog(CampaignService campaigns, LocalDate today, LongConsumer created) {
        super(Translations.text("campaign.new.heading"), Translations.text("campaign.new.create"), "min(44rem, 95vw)");
        keepOpenOnOutsideClick();
        form.read(CampaignFormData.newCampaign(today));
        var hint = new Paragraph(getTranslation("campaign.new.hint"));
        hint.addClassName("dialog-hint");
        add(hint, form);

        onSave(form::write, campaigns::create, (draft, id) -> getTranslation("campaign.new.created"), created::accept);
        focusOnOpen(form.title::focus);
    }
}
