package org.outreachtracker.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.Texts;
import org.springframework.stereotype.Component;

/**
 * Every text the interface shows, in the user's language: Vaadin asks this for each
 * {@code getTranslation} call. The texts live in message bundles under {@code i18n/} on the
 * class path, one bundle per part of the application ({@code i18n/meetings.properties} in
 * English, {@code i18n/meetings_fr.properties}, {@code i18n/meetings_ar.properties}), so that each
 * part's texts stay beside each other. A text missing from a translation is shown in English; a
 * key missing everywhere is shown as itself between "!" marks, and logged, so it is seen at once.
 * The bundles themselves are read by {@link Texts}, which works without a page.
 *
 * <p>Texts with parameters ({0}) are {@link java.text.MessageFormat} patterns: a single quote
 * in them is written twice, numbers and dates in them follow the language.
 */
@Component
public class Translations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(locale, key, params);
    }

    /** The text in the current page's language (English where there is no page, as in background work). */
    public static String text(String key, Object... params) {
        UI ui = UI.getCurrent();
        return text(ui == null ? Languages.ENGLISH : ui.getLocale(), key, params);
    }

    public static String text(Locale locale, String key, Object... params) {
        return Texts.text(locale, key, params);
    }

    /**
     * A refusal's message in the current page's language (English where there is no page, as in
     * background work).
     */
    public static String refusal(RuleViolationException refused) {
        UI ui = UI.getCurrent();
        return refused.message(ui == null ? Languages.ENGLISH : ui.getLocale());
    }

    /**
     * How a value of the domain is called on the current page: the text of the key
     * {@code <part>.<Enum>.<VALUE>} in the bundle of the part of the application the enum belongs
     * to, as in {@code followup.FollowUpStatus.OPEN}.
     */
    public static String label(Enum<?> value) {
        return text(labelKey(value));
    }

    /** The key of a value's label ({@link #label}). */
    public static String labelKey(Enum<?> value) {
        return Texts.labelKey(value);
    }

    /** The names of the bundles found on the class path ("i18n/meetings"). */
    public static List<String> bundleNames() {
        return Texts.bundleNames();
    }
}
