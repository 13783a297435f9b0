package org.outreachtracker.base;

import java.util.Arrays;
import java.util.Locale;

/**
 * A request the application's rules refuse, with a message written for the person who made it
 * (for example "Only the officer who reported this meeting or a manager may change it").
 * Nothing has been changed when it is thrown.
 *
 * <p>A refusal made {@link #because(String, Object...) because} of a key of the message bundles
 * can be told in any of the interface's languages ({@link #message(Locale)}); its
 * {@link #getMessage()} is the English text, as logs and the audit trail keep it. A refusal made
 * with a plain message says that message in every language.
 */
public class RuleViolationException extends RuntimeException {

    private final String key;
    private final Object[] arguments;

    public RuleViolationException(String message) {
        super(message);
        this.key = null;
        this.arguments = new Object[0];
    }

    private RuleViolationException(String key, Object[] arguments) {
        super(Texts.text(Languages.ENGLISH, key, arguments));
        this.key = key;
        this.arguments = arguments;
    }

    /**
     * A refusal told by the text of that key in the bundles, with its arguments (names, numbers,
     * dates: never words of one language).
     */
    public static RuleViolationException because(String key, Object... arguments) {
        return new RuleViolationException(key, arguments == null ? new Object[0] : arguments.clone());
    }

    /** The refusal in that language (English when the language is not given). */
    public String message(Locale locale) {
        return key == null ? getMessage() : Texts.text(locale, key, arguments);
    }

    /** The key of the bundles' text this refusal is told by, or null for a plain message. */
    public String key() {
        return key;
    }

    /** The arguments of the text, in order. */
    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
