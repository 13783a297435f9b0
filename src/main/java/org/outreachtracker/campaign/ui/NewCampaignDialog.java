package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.campaign.CampaignService;

/** Creates a campaign from its details; target countries and talking points follow on its page. */
class NewCampaignDialog extends Dialog {

    final CampaignForm form = new CampaignForm();
    final Button create = new Button("Create campaign");

    NewCampaignDialog(CampaignService campaigns, LocalDate today, LongConsumer created) {
        setHeaderTitle("New campaign");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("min(44rem, 95vw)");
        form.read(CampaignFormData.newCampaign(today));
        var hint = new Paragraph("Target countries and talking points are added on the campaign's page.");
        hint.addClassName("dialog-hint");
        add(hint, form);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> form.write().ifPresent(draft ->
                Saving.attempt(() -> campaigns.create(draft)).ifPresent(id -> {
                    close();
                    Notifications.success("Campaign created.");
                    created.accept(id);
                })));
        getFooter().add(new Button("Cancel", event -> close()), create);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                form.title.focus();
            }
        });
    }
}
