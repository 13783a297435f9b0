package org.outreachtracker.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Length limits of text fields, the same everywhere: the browser is given no maximum (it would
 * cut pasted text at the limit without a word), the field counts as the user types ("1,234 of
 * 10,000 characters") and text over the limit is refused with a message saying by how much,
 * while all of it stays in the field to be shortened.
 */
public final class TextLimits {

    private TextLimits() {}

    /**
     * Counts a long text's characters under the field and returns the validator for its binding.
     * {@code what} names the text in the message, e.g. "The summary".
     */
    public static Validator<String> counted(TextArea field, int max, String what) {
        return counted(field, max, what, null);
    }

    /** As {@link #counted(TextArea, int, String)}, with a help text shown before the count. */
    public static Validator<String> counted(TextArea field, int max, String what, String help) {
        String before = help == null || help.isBlank() ? "" : help.strip() + " ";
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(before + count(length(field.getValue()), max));
        field.addValueChangeListener(event -> field.setHelperText(before + count(length(event.getValue()), max)));
        return validator(max, what);
    }

    /** As {@link #counted(TextArea, int, String)}, for a one-line field. */
    public static Validator<String> counted(TextField field, int max, String what) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(count(length(field.getValue()), max));
        field.addValueChangeListener(event -> field.setHelperText(count(length(event.getValue()), max)));
        return validator(max, what);
    }

    /** Refuses text over {@code max} characters, saying how much too long it is. */
    public static Validator<String> validator(int max, String what) {
        return (value, context) -> {
            int over = length(value) - max;
            return over <= 0
                    ? ValidationResult.ok()
                    : ValidationResult.error(Translations.text("base.textLimits.tooLong", what, over, max));
        };
    }

    /** "1,234 of 10,000 characters", in the page's language. */
    public static String count(int length, int max) {
        return Translations.text("base.textLimits.count", length, max);
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
