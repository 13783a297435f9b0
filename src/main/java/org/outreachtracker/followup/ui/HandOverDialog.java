package org.outreachtracker.followup.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Set;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;

/**
 * Hands the chosen follow-ups over to one new owner at once (managers), as when an officer leaves
 * a desk. Each is audited and the new owner is told; a refusal changes none of them.
 */
class HandOverDialog extends EditDialog {

    final ComboBox<UserRef> owner = new ComboBox<>("New owner");

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

        List<Long> ids = chosen.stream().map(FollowUpRef::id).toList();
        onSave(
                written(binder, choice),
                picked -> service.handOver(ids, picked.owner.id()),
                (picked, changed) -> (changed == 1 ? "1 follow-up" : changed + " follow-ups") + " handed over to "
                        + picked.owner.displayName() + "."
                        + (changed < ids.size() ? " The others were theirs already." : ""),
                changed -> onSaved.run());
        add(what, owner);
        focusOnOpen(owner::focus);
    }

    private static final class Choice {
        private UserRef owner;
    }
}
