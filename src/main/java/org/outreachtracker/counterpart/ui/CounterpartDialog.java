package org.outreachtracker.counterpart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.reference.CountryRef;

/**
 * Adds a counterpart or changes one. A refusal by the service (desk rules, a stale edit) is
 * shown as its message and the dialog stays open with the user's input; so is an entry that
 * would be a second one for a person the directory already lists.
 */
class CounterpartDialog extends Dialog {

    final CounterpartForm form;
    final Button save = new Button("Save");

    /**
     * @param existing the counterpart to change, or {@code null} to add one
     * @param onSaved told about the saved counterpart after the dialog closed
     */
    CounterpartDialog(CounterpartService service, List<CountryRef> countries, String countryHelp,
            CounterpartRef existing, Consumer<CounterpartRef> onSaved) {
        setHeaderTitle(existing == null ? "New counterpart" : "Edit counterpart");
        setWidth("min(40rem, 100vw)");
        form = new CounterpartForm(countries, countryHelp);
        form.show(existing);
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> form.draft().ifPresent(draft -> {
            var same = service.sameAs(draft).stream().filter(c -> existing == null || c.id() != existing.id())
                    .findFirst();
            if (same.isPresent()) {
                Notifications.error("The directory already has " + same.get().describe() + " (same name and"
                        + " organization in the same country). Open that entry instead of adding a second one.");
                return;
            }
            Saving.attempt(() -> existing == null ? service.create(draft)
                    : service.update(existing.id(), existing.version(), draft)).ifPresent(saved -> {
                Notifications.success(existing == null ? "Counterpart " + saved.name() + " added."
                        : "Changes to " + saved.name() + " saved.");
                close();
                onSaved.accept(saved);
            });
        }));
        var cancel = new Button("Cancel", event -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                form.focus();
            }
        });
    }
}
