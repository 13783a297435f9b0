package org.outreachtracker.base.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.outreachtracker.base.RuleViolationException;

/**
 * The one way a dialog or form hands the user's input to a service. A refusal by the
 * application's rules ({@link RuleViolationException}, which covers a stale edit and a
 * missing permission) is shown once as its message in an error notification and nothing else
 * happens: the dialog stays open and every field keeps what the user typed. Anything else
 * thrown is a fault, not a refusal, and is passed on untouched.
 *
 * <pre>{@code
 * Saving.attempt(() -> service.create(draft)).ifPresent(saved -> {
 *     Notifications.success(addedMessage(saved));
 *     close();
 *     onSaved.accept(saved);
 * });
 * }</pre>
 *
 * What to do on success is the caller's: it runs only after the service accepted the change.
 */
public final class Saving {

    private Saving() {}

    /**
     * Runs a service call that answers with a value.
     *
     * @param call the service call; it must not answer {@code null} (use {@link #run} for one
     *        that answers nothing)
     * @return the answer, or empty when the call was refused and the refusal has been shown
     */
    public static <T> Optional<T> attempt(Supplier<T> call) {
        return attempt(call, refused -> {});
    }

    /**
     * Runs a service call that answers with a value; after a refusal has been shown, also
     * {@code afterRefusal} (for example to read again what the refusal was about).
     *
     * @return the answer, or empty when the call was refused
     */
    public static <T> Optional<T> attempt(Supplier<T> call, Consumer<? super RuleViolationException> afterRefusal) {
        T result;
        try {
            result = call.get();
        } catch (RuleViolationException refused) {
            Notifications.error(Translations.refusal(refused));
            afterRefusal.accept(refused);
            return Optional.empty();
        }
        return Optional.of(Objects.requireNonNull(result, "the service call answered null"));
    }

    /**
     * Runs a service call that answers nothing.
     *
     * @return {@code true} when it was accepted, {@code false} when it was refused and the
     *         refusal has been shown
     */
    public static boolean run(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuleViolationException refused) {
            Notifications.error(Translations.refusal(refused));
            return false;
        }
    }
}
