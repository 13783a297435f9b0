package org.outreachtracker.reference.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryDetails;
import org.outreachtracker.reference.ReferenceAdminService;

/** Moves one country to another bureau. A refusal (a stale edit) is shown and the choice stays. */
class BureauDialog extends EditDialog {

    final Select<BureauRef> bureau = new Select<>();

    BureauDialog(
            ReferenceAdminService service,
            List<BureauRef> bureaus,
            CountryDetails country,
            Consumer<CountryDetails> onSaved) {
        super(
                Translations.text("reference.bureau.title", country.name()),
                Translations.text("reference.bureau.save"),
                "min(28rem, 100vw)");
        bureau.setLabel(getTranslation("reference.bureau.label"));
        bureau.setItems(bureaus);
        bureau.setItemLabelGenerator(BureauRef::name);
        bureau.setValue(bureaus.stream()
                .filter(r -> r.id() == country.bureauId())
                .findFirst()
                .orElse(null));
        bureau.setWidthFull();
        var hint = new Paragraph(getTranslation("reference.bureau.hint"));
        hint.addClassName("bureau-hint");
        add(bureau, hint);

        onSave(
                this::chosen,
                chosen -> service.changeBureau(country.id(), country.version(), chosen.id()),
                (chosen, saved) -> chosen.id() == country.bureauId()
                        ? getTranslation("reference.bureau.unchanged")
                        : getTranslation("reference.bureau.moved", saved.name(), saved.bureauName()),
                onSaved);
        focusOnOpen(bureau::focus);
    }

    private Optional<BureauRef> chosen() {
        BureauRef chosen = bureau.getValue();
        if (chosen == null) {
            bureau.setErrorMessage(getTranslation("reference.bureau.required"));
            bureau.setInvalid(true);
        }
        return Optional.ofNullable(chosen);
    }
}
