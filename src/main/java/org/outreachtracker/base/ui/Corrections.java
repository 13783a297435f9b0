package org.outreachtracker.base.ui;

import com.vaadin.flow.component.Component;

/**
 * After a refused save: the first field marked as needing correction is brought into view and
 * focused, so a long form does not leave the user hunting for the message, which may be far
 * above or below where they pressed Save.
 */
public final class Corrections {

    private Corrections() {}

    /** Focuses the first field inside {@code form} that is marked invalid (run after the marks are sent). */
    public static void focusFirst(Component form) {
        form.getElement().executeJs("""
                const field = this.querySelector('[invalid]');
                if (field) {
                    field.scrollIntoView({block: 'center'});
                    field.focus();
                }""");
    }
}
