package org.outreachtracker.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts of the message bundles under {@code i18n/} on the class path, in a given language,
 * readable anywhere: in services, background work and plain tests, with no page around. A text
 * missing from a translation is given in English; a key missing everywhere is given as itself
 * between "!" marks, and logged, so it is seen at once.
 *
 * <p>Texts with parameters ({0}) are {@link java.text.MessageFormat} patterns: a single quote in
 * them is written twice, numbers and dates in them follow the language.
 */
public final class Texts {

    private static final Logger log = LoggerFactory.getLogger(Texts.class);
    private static final String ROOT_PACKAGE = "org.outreachtracker";
    private static final Pattern TRANSLATION_FILE = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");

    private static final ResourceBundleMessageSource MESSAGES = messages();

    private Texts() {}

    /** The text of the key in that language (English when the language is not given). */
    public static String text(Locale locale, String key, Object... params) {
        try {
            return MESSAGES.getMessage(
                    key,
                    params == null || params.length == 0 ? null : params,
                    Objects.requireNonNullElse(locale, Languages.ENGLISH));
        } catch (NoSuchMessageException missing) {
            log.warn("No text for the key {}", key);
            return "!" + key + "!";
        }
    }

    /** How a value of the domain is called in that language (the text of {@link #labelKey}). */
    public static String label(Locale locale, Enum<?> value) {
        return text(locale, labelKey(value));
    }

    /**
     * The key of a value's label: {@code <part>.<Enum>.<VALUE>} in the bundle of the part of the
     * application the enum belongs to, as in {@code followup.FollowUpStatus.OPEN}.
     */
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
