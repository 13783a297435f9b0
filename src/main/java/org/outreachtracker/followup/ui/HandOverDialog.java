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
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;

/**
 * Hands the chosen follow-ups over to one new owner at once (managers), as when an officer leaves
 * a desk, optionally with that officer's desk countries. Each is audited and the new owner is
 * told; a refusal changes none of them.
 */
class HandOverDialog extends EditDialog {

    final ComboBox<UserRef> owner = new ComboBox<>();
    final Checkbox withDesk = new Checkbox();

    /** @param owners the users who may own follow-ups */
    HandOverDialog(Set<FollowUpRef> chosen, List<UserRef> owners, FollowUpService service, Runnable onSaved) {
        super(
                Translations.text("followup.handOver.heading"),
                Translations.text("followup.handOver.save"),
                "min(30rem, 100vw)");
        owner.setLabel(getTranslation("followup.handOver.owner"));
        var what = new Paragraph(
                chosen.size() == 1
                        ? getTranslation(
                                "followup.handOver.chosenOne",
                                chosen.iterator().next().description())
                        : getTranslation("followup.handOver.chosenMany", chosen.size()));
        what.addClassName("dialog-context");
        owner.setItems(owners);
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setWidthFull();
        owner.setHelperText(getTranslation("followup.handOver.owner.help"));
        var choice = new Choice();
        Binder<Choice> binder = new Binder<>();
        binder.forField(owner)
                .asRequired(getTranslation("followup.handOver.chooseOwner"))
                .bind(c -> c.owner, (c, value) -> c.owner = value);
        binder.readBean(choice);

        // The leaver's desk countries can go too when every chosen follow-up is theirs.
        Set<Long> from = chosen.stream().map(FollowUpRef::ownerId).collect(Collectors.toSet());
        withDesk.setVisible(false);
        if (from.size() == 1) {
            owners.stream()
                    .filter(user -> user.id() == from.iterator().next())
                    .findFirst()
                    .ifPresent(leaver -> {
                        withDesk.setLabel(getTranslation("followup.handOver.withDesk", leaver.displayName()));
                        withDesk.setHelperText(getTranslation("followup.handOver.withDesk.help"));
                        withDesk.setVisible(true);
                    });
        }

        List<Long> ids = chosen.stream().map(FollowUpRef::id).toList();
        onSave(
                written(binder, choice),
                picked -> service.handOver(ids, picked.owner.id(), withDesk.getValue()),
                (picked, changed) -> getTranslation(
                        "followup.handOver.saved",
                        changed,
                        picked.owner.displayName(),
                        changed < ids.size() ? 1 : 0,
                        withDesk.getValue() ? 1 : 0),
                changed -> onSaved.run());
        add(what, owner, withDesk);
        focusOnOpen(owner::focus);
    }

    private static final class Choice {
        private UserRef owner;
    }
}
