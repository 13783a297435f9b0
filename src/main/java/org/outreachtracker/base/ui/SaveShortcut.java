package org.outreachtracker.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

/**
 * Ctrl+S (⌘S on a Mac) on a form's save button, and said so: on the button itself, in its
 * tooltip and to assistive technology ({@code aria-keyshortcuts}). The browser's own "save page"
 * is not opened.
 */
public final class SaveShortcut {

    private SaveShortcut() {}

    public static Button on(Button save) {
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setEventPropagationAllowed(false);
        save.addClickShortcut(Key.KEY_S, KeyModifier.META).setEventPropagationAllowed(false);
        save.setTooltipText(Translations.text("base.shortcut.tooltip", save.getText()));
        save.getElement().setAttribute("aria-keyshortcuts", "Control+S");
        var hint = new Span(Translations.text("base.shortcut.hint"));
        hint.addClassName("shortcut-hint");
        hint.getElement().setAttribute("aria-hidden", "true");
        save.setSuffixComponent(hint);
        return save;
    }
}
