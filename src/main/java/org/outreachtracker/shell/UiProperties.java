package org.outreachtracker.shell;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings for the user interface ({@code outreach.ui.*}).
 *
 * @param bannerText the handling banner shown at the top of every page, e.g. "UNCLASSIFIED";
 *                   empty for none
 * @param bannerTextTranslations the banner in other languages, by language code
 *                   ({@code outreach.ui.banner-text-translations.fr=NON CLASSIFIÉ}); a language
 *                   without one shows {@code bannerText}
 */
@ConfigurationProperties("outreach.ui")
public record UiProperties(String bannerText, Map<String, String> bannerTextTranslations) {

    public UiProperties {
        bannerText = bannerText == null ? "" : bannerText.strip();
        bannerTextTranslations = bannerTextTranslations == null ? Map.of() : Map.copyOf(bannerTextTranslations);
    }

    /** The banner in the page's language, where the operator gave a translation; else as configured. */
    public String bannerText(Locale language) {
        if (bannerText.isEmpty() || language == null) {
            return bannerText;
        }
        String translated = bannerTextTranslations.get(language.getLanguage());
        return translated == null || translated.isBlank() ? bannerText : translated.strip();
    }
}
