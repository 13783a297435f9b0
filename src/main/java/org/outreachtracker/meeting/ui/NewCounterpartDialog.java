package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.HiddenCharacterWarning;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.reference.CountryRef;

/** Adds a counterpart of the meeting's country without leaving the meeting form. */
class NewCounterpartDialog extends Dialog {

    static final class Bean {
        String name = "";
        String title = "";
        String organization = "";
        CounterpartLevel level = CounterpartLevel.SENIOR_OFFICIAL;
    }

    NewCounterpartDialog(CounterpartService counterparts, CountryRef country, Consumer<CounterpartRef> created) {
        setHeaderTitle("New counterpart in " + country.name());
        var name = new TextField("Name");
        name.setMaxLength(200);
        var title = new TextField("Title");
        title.setMaxLength(200);
        var organization = new TextField("Organization");
        organization.setMaxLength(200);
        organization.setPlaceholder("e.g. Ministry of Foreign Affairs");
        List.of(name, title, organization).forEach(HiddenCharacterWarning::watch);
        var level = new Select<CounterpartLevel>();
        level.setLabel("Level");
        level.setItems(CounterpartLevel.values());
        level.setItemLabelGenerator(CounterpartLevel::label);

        var binder = new Binder<Bean>();
        binder.forField(name).asRequired("Enter the name.").bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(title).asRequired("Enter the title.").bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(organization).asRequired("Enter the organization.")
                .bind(b -> b.organization, (b, v) -> b.organization = v);
        binder.forField(level).withValidator(Objects::nonNull, "Choose the level.").bind(b -> b.level, (b, v) -> b.level = v);
        var bean = new Bean();
        binder.readBean(bean);

        var save = new Button("Add counterpart", event -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                created.accept(counterparts.create(new CounterpartDraft(bean.name, bean.title, bean.organization,
                        country.id(), bean.level)));
                close();
            } catch (RuleViolationException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var cancel = new Button("Cancel", event -> close());
        add(new FormLayout(name, title, organization, level));
        getFooter().add(cancel, save);
        name.focus();
    }
}
