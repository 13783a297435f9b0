package org.outreachtracker.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way the application asks for input in a dialog and saves it: an {@link AppDialog} with
 * the feature's form, and in the footer "Cancel" and the primary save button. A feature's dialog extends it,
 * adds its form and says, once, how it saves ({@link #onSave}):
 *
 * <pre>{@code
 * onSave(form::draft,
 *         draft -> service.createPost(draft),
 *         (draft, saved) -> "Post " + saved.name() + " added.",
 *         onSaved);
 * }</pre>
 *
 * Pressing save reads the input (the form marks what needs correcting, and nothing else
 * happens), hands it to the service through {@link Saving} (a refusal is shown and the dialog stays
 * open with everything the user typed), and only when the service accepted it: tells the user,
 * closes the dialog and then runs the feature's follow-up (refreshing a list, opening the next
 * step).
 */
public class EditDialog extends AppDialog {

    /** The primary button that saves; its label is the dialog's. */
    public final Button save;
    /** Closes the dialog without saving. */
    public final Button cancel = new Button(Translations.text("base.dialog.cancel"), event -> close());

    private Runnable saving = () -> {};

    /**
     * @param heading the dialog's title
     * @param saveLabel the save button's label, saying what it does ("Save", "Create user")
     * @param width the dialog's width, a CSS length, or {@code null} to fit its content
     */
    protected EditDialog(String heading, String saveLabel, String width) {
        super(heading, width);
        save = new Button(saveLabel, event -> saving.run());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    /**
     * How the dialog saves.
     *
     * @param input the user's input, checked; empty when the form shows what needs correcting
     * @param call the service call; a {@link org.outreachtracker.base.RuleViolationException} it
     *        throws is shown and the dialog stays open; it must answer something (a call that
     *        answers nothing can answer its input)
     * @param savedMessage the success message, from the input and the service's answer
     * @param then what follows once the dialog has closed
     */
    protected final <I, R> void onSave(
            Supplier<Optional<I>> input,
            Function<? super I, ? extends R> call,
            BiFunction<? super I, ? super R, String> savedMessage,
            Consumer<? super R> then) {
        Objects.requireNonNull(savedMessage);
        saving = () -> input.get()
                .ifPresent(accepted -> Saving.attempt(() -> call.apply(accepted))
                        .ifPresent(result -> {
                            Notifications.success(savedMessage.apply(accepted, result));
                            close();
                            then.accept(result);
                        }));
    }

    /**
     * How the dialog saves when nothing is written yet, so there is nothing to refuse and no
     * message: the checked input is handed on and the dialog closes.
     */
    protected final <I> void onSave(Supplier<Optional<I>> input, Consumer<? super I> then) {
        saving = () -> input.get().ifPresent(accepted -> {
            then.accept(accepted);
            close();
        });
    }

    /**
     * The input of a buffered binder: {@code bean} with the fields written into it, or empty when a
     * field is marked as needing correction.
     */
    protected static <B> Supplier<Optional<B>> written(Binder<B> binder, B bean) {
        return () -> binder.writeBeanIfValid(bean) ? Optional.of(bean) : Optional.empty();
    }

    /** Enter anywhere in the dialog presses save (for a short form of single-line fields). */
    protected final void saveOnEnter() {
        save.addClickShortcut(Key.ENTER);
    }
}
