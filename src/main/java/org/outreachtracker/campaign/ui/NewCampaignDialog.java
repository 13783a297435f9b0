package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.campaign.CampaignService;

/** Creates a campaign from its details; target countries and talking points follow on its page. */
class NewCampaignDialog extends EditDialog {

    final CampaignForm form = new CampaignForm();

    NewCampaignDialog(CampaignService campaigns, LocalDate today, LongConsumer created) {
        super("New campaign", "Create campaign", "min(44rem, 95vw)");
        keepOpenOnOutsideClick();
        form.read(CampaignFormData.newCampaign(today));
        var hint = new Paragraph("Target countries and talking points are added on the campaign's page.");
        hint.addClassName("dialog-hint");
        add(hint, form);

        onSave(form::write, campaigns::create, (draft, id) -> "Campaign created.", created::accept);
        focusOnOpen(form.title::focus);
    }
}
