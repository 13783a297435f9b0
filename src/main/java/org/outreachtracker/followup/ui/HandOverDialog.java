package org.outreachtracker.followup.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;

/**
 * Hands the chosen follow-ups over to one new owner at once (managers), as when an officer leaves
 * a desk, optionally with that officer's desk countries. Each is audited and the new owner is
 * told; a refusal changes none of them.
 */
class HandOverDialog extends EditDialog {

    final ComboBox<UserRef> owner = new ComboBox<>("New owner");
    final Checkbox withDesk = new Checkbox();

    /** @param owners the users who may own follow-ups */
    HandOverDialog(Set<FollowUpRef> chosen, List<UserRef> owners, FollowUpService service, Runnable onSaved) {
        super("Hand over follow-ups", "Hand over", "min(30rem, 100vw)");
        var what = new Paragraph(
                chosen.size() == 1
                        ? "1 follow-up chosen: " + chosen.iterator().next().description()
                        : chosen.size() + " follow-ups chosen.");
        what.addClassName("dialog-context");
        owner.setItems(owners);
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setWidthFull();
        owner.setHelperText("Active desk officers and managers. Each new owner is told.");
        var choice = new Choice();
        Binder<Choice> binder = new Binder<>();
        binder.forField(owner).asRequired("Choose the new owner.").bind(c -> c.owner, (c, value) -> c.owner = value);
        binder.readBean(choice);

        // The leaver's desk countries can go too when every chosen follow-up is theirs.
        Set<Long> from = chosen.stream().map(FollowUpRef::ownerId).collect(Collectors.toSet());
        withDesk.setVisible(false);
        if (from.size() == 1) {
            owners.stream()
                    .filter(user -> user.id() == from.iterator().next())
                    .findFirst()
                    .ifPresent(leaver -> {
                        withDesk.setLabel("Also move " + leaver.displayName() + "'s desk countries to the new owner");
                        withDesk.setHelperText(
                                "The new owner must be a desk officer. Both accounts' changes are audited.");
                        withDesk.setVisible(true);
                    });
        }

        List<Long> ids = chosen.stream().map(FollowUpRef::id).toList();
        onSave(
                written(binder, choice),
                picked -> service.handOver(ids, picked.owner.id(), withDesk.getValue()),
                (picked, changed) -> (changed == 1 ? "1 follow-up" : changed + " follow-ups") + " handed over to "
                        + picked.owner.displayName() + "."
                        + (changed < ids.size() ? " The others were theirs already." : "")
                        + (withDesk.getValue() ? " The desk countries moved with them." : ""),
                changed -> onSaved.run());
        add(what, owner, withDesk);
        focusOnOpen(owner::focus);
    }

    private static final class Choice {
        private UserRef owner;
    }
}
