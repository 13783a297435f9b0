package org.outreachtracker.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The frame of the application's dialogs: a heading, a width, where the cursor goes when it
 * opens, and whether a click beside it closes it. A dialog that asks for input and saves it is an
 * {@link EditDialog}; one that only shows something ends with {@link #addCloseButton}.
 */
public class AppDialog extends Dialog {

    /**
     * @param heading the dialog's title
     * @param width the dialog's width, a CSS length, or {@code null} to fit its content
     */
    protected AppDialog(String heading, String width) {
        setHeaderTitle(heading);
        if (width != null) {
            setWidth(width);
        }
    }

    /** Where the cursor goes each time the dialog opens (usually the first field). */
    protected final void focusOnOpen(Runnable focus) {
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                focus.run();
            }
        });
    }

    /**
     * Esc closes the dialog but a click beside it does not, so a long input, or something shown
     * only once, is not lost by a stray click.
     */
    protected final void keepOpenOnOutsideClick() {
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
    }

    /** Ends the footer with the primary button that closes a dialog which only shows something. */
    protected final Button addCloseButton(String label) {
        var close = new Button(label, event -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        return close;
    }
}
