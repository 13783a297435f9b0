package org.outreachtracker.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.reference.CountryDetails;
import org.outreachtracker.reference.ReferenceAdminService;
import org.outreachtracker.reference.RegionRef;

/** Moves one country to another bureau. A refusal (a stale edit) is shown and the choice stays. */
class BureauDialog extends Dialog {

    final Select<RegionRef> bureau = new Select<>();
    final Button save = new Button("Save");

    BureauDialog(ReferenceAdminService service, List<RegionRef> regions, CountryDetails country,
            Consumer<CountryDetails> onSaved) {
        setHeaderTitle("Bureau of " + country.name());
        setWidth("min(28rem, 100vw)");
        bureau.setLabel("Bureau");
        bureau.setItems(regions);
        bureau.setItemLabelGenerator(RegionRef::name);
        bureau.setValue(regions.stream().filter(r -> r.id() == country.regionId()).findFirst().orElse(null));
        bureau.setWidthFull();
        var hint = new Paragraph("Coverage by bureau, filters and figures follow the new bureau at once.");
        hint.addClassName("bureau-hint");
        add(bureau, hint);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            RegionRef chosen = bureau.getValue();
            if (chosen == null) {
                bureau.setErrorMessage("Choose the bureau.");
                bureau.setInvalid(true);
                return;
            }
            Saving.attempt(() -> service.changeBureau(country.id(), country.version(), chosen.id())).ifPresent(saved -> {
                Notifications.success(chosen.id() == country.regionId() ? "Nothing changed."
                        : saved.name() + " now belongs to " + saved.regionName() + ".");
                close();
                onSaved.accept(saved);
            });
        });
        var cancel = new Button("Cancel", event -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                bureau.focus();
            }
        });
    }
}
