package org.outreachtracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachtracker.base.HiddenCharacters;

/**
 * Warns, under a text field, when its text holds characters that change how it reads without
 * being seen ({@link HiddenCharacters}: a right-to-left override, a zero-width space…), names
 * them, and offers to remove them. Saving stays allowed: some are typed on purpose (a
 * right-to-left mark in Arabic text), and text that leaves the application shows each as a
 * visible mark anyway; the warning lets the author see what is there. The field's own helper
 * text stays visible above the warning.
 *
 * <p>Use: {@code HiddenCharacterWarning.watch(summary);}
 */
public final class HiddenCharacterWarning extends Div {

    private final HasHelper field;
    private final Span helper = new Span();
    private final Span message = new Span();
    final Button remove = new Button(Translations.text("base.hidden.removeMany"));
    private boolean shown;

    private <F extends Component & HasValue<?, String> & HasHelper> HiddenCharacterWarning(F field) {
        this.field = field;
        addClassName("hidden-character-warning");
        helper.addClassName("hidden-character-helper");
        message.addClassName("hidden-character-message");
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.addClickListener(event -> field.setValue(HiddenCharacters.remove(field.getValue())));
        add(helper, message, remove);
        // The field's helper text (a character count, a hint) keeps showing while the warning takes its place.
        field.getElement().addPropertyChangeListener("helperText", event -> helper.setText(helperText()));
        field.addValueChangeListener(event -> update(event.getValue()));
        update(field.getValue());
    }

    /** Watches the field from now on; returns the warning (for tests). */
    public static <F extends Component & HasValue<?, String> & HasHelper> HiddenCharacterWarning watch(F field) {
        return new HiddenCharacterWarning(field);
    }

    /** The warning shown, or "" while the text holds no hidden character. */
    public String text() {
        return shown ? message.getText() : "";
    }

    private void update(String value) {
        List<Integer> found = HiddenCharacters.find(value);
        if (found.isEmpty()) {
            if (shown) {
                field.setHelperComponent(null);
                shown = false;
            }
            return;
        }
        Set<Integer> distinct = new LinkedHashSet<>(found);
        String listed =
                distinct.stream().limit(3).map(HiddenCharacters::describe).collect(Collectors.joining(", "));
        String names =
                distinct.size() > 3 ? Translations.text("base.hidden.names.more", listed, distinct.size() - 3) : listed;
        String marks = distinct.stream().limit(3).map(HiddenCharacters::mark).collect(Collectors.joining(" "));
        message.setText(
                found.size() == 1
                        ? Translations.text("base.hidden.one", names, marks)
                        : Translations.text("base.hidden.many", found.size(), names, marks));
        remove.setText(Translations.text(found.size() == 1 ? "base.hidden.removeOne" : "base.hidden.removeMany"));
        helper.setText(helperText());
        if (!shown) {
            field.setHelperComponent(this);
            shown = true;
        }
    }

    private String helperText() {
        String text = field.getHelperText();
        return text == null ? "" : text;
    }
}
