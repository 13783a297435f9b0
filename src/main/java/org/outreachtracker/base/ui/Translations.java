package org.outreachtracker.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.outreachtracker.base.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text the interface shows, in the user's language: Vaadin asks this for each
 * {@code getTranslation} call. The texts live in message bundles under {@code i18n/} on the
 * class path, one bundle per part of the application ({@code i18n/meetings.properties} in
 * English, {@code i18n/meetings_fr.properties}, {@code i18n/meetings_ar.properties}), so that each
 * part's texts stay beside each other. A text missing from a translation is shown in English; a
 * key missing everywhere is shown as itself between "!" marks, and logged, so it is seen at once.
 *
 * <p>Texts with parameters ({0}) are {@link java.text.MessageFormat} patterns: a single quote
 * in them is written twice, numbers and dates in them follow the language.
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final Pattern TRANSLATION_FILE = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");

    private static final String ROOT_PACKAGE = "org.outreachtracker";

    /** The bundles, readable without Spring or Vaadin running (background work, plain tests). */
    private static final ResourceBundleMessageSource MESSAGES = messages();

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
        try {
            return MESSAGES.getMessage(
                    key, params.length == 0 ? null : params, Objects.requireNonNullElse(locale, Languages.ENGLISH));
        } catch (NoSuchMessageException missing) {
            log.warn("No text for the key {}", key);
            return "!" + key + "!";
        }
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
        String packageName = value.getDeclaringClass().getPackageName();
        String bundle = packageName.substring(ROOT_PACKAGE.length() + 1).split("\\.")[0];
        return bundle + "." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** The names of the bundles found on the class path ("i18n/meetings"). */
    public static List<String> bundleNames() {
        try {
            var names = new TreeSet<String>();
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String file = resource.getFilename();
                if (file != null && !TRANSLATION_FILE.matcher(file).matches()) {
                    names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return List.copyOf(names);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(bundleNames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
