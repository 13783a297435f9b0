package org.outreachtracker.followup.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;

/** Gives a follow-up to another owner (managers), chosen among the people who work on outreach. */
class ReassignDialog extends EditDialog {

    final ComboBox<UserRef> owner = new ComboBox<>();

    /** @param owners the users who may own follow-ups */
    ReassignDialog(FollowUpRef followUp, List<UserRef> owners, FollowUpService service, Runnable onSaved) {
        super(
                Translations.text("followup.reassign.heading"),
                Translations.text("followup.reassign.save"),
                "min(30rem, 100vw)");
        owner.setLabel(getTranslation("followup.reassign.owner"));
        var what = new Paragraph(followUp.description());
        what.addClassName("dialog-context");

        owner.setItems(owners);
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setWidthFull();
        var choice = new Choice();
        choice.owner = owners.stream()
                .filter(u -> u.id() == followUp.ownerId())
                .findFirst()
                .orElse(null);
        Binder<Choice> binder = new Binder<>();
        binder.forField(owner)
                .asRequired(getTranslation("followup.reassign.chooseOwner"))
                .bind(c -> c.owner, (c, value) -> c.owner = value);
        binder.readBean(choice);

        onSave(
                written(binder, choice),
                chosen -> {
                    service.reassign(followUp.id(), followUp.version(), chosen.owner.id());
                    return chosen;
                },
                (chosen, same) -> getTranslation("followup.reassign.saved", chosen.owner.displayName()),
                same -> onSaved.run());
        add(what, owner);
        focusOnOpen(owner::focus);
    }

    private static final class Choice {
        private UserRef owner;
    }
}
