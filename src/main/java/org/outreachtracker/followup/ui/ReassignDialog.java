package org.outreachtracker.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.account.UserRef;

/** Gives a follow-up to another owner (managers), chosen among the people who work on outreach. */
class ReassignDialog extends Dialog {

    final ComboBox<UserRef> owner = new ComboBox<>("Owner");
    final Button save = new Button("Re-assign");

    /** @param owners the users who may own follow-ups */
    ReassignDialog(FollowUpRef followUp, List<UserRef> owners, FollowUpService service, Runnable onSaved) {
        setHeaderTitle("Re-assign follow-up");
        setWidth("min(30rem, 100vw)");
        var what = new Paragraph(followUp.description());
        what.addClassName("dialog-context");

        owner.setItems(owners);
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setWidthFull();
        var choice = new Choice();
        choice.owner = owners.stream().filter(u -> u.id() == followUp.ownerId()).findFirst().orElse(null);
        Binder<Choice> binder = new Binder<>();
        binder.forField(owner).asRequired("Choose who owns it.")
                .bind(c -> c.owner, (c, value) -> c.owner = value);
        binder.readBean(choice);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            if (!binder.writeBeanIfValid(choice)) {
                return;
            }
            if (Saving.run(() -> service.reassign(followUp.id(), followUp.version(), choice.owner.id()))) {
                Notifications.success("Follow-up re-assigned to " + choice.owner.displayName() + ".");
                close();
                onSaved.run();
            }
        });
        getFooter().add(new Button("Cancel", event -> close()), save);
        add(what, owner);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                owner.focus();
            }
        });
    }

    private static final class Choice {
        private UserRef owner;
    }
}
