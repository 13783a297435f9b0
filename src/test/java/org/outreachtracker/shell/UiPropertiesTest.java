package org.outreachtracker.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The handling banner is shown in the page's language where the operator translated it. */
class UiPropertiesTest {

    @Test
    void theBannerIsInThePagesLanguageWhereTranslated() {
        var ui = new UiProperties(" UNCLASSIFIED ", Map.of("fr", "NON CLASSIFIÉ", "ar", " "));
        assertThat(ui.bannerText(Locale.FRENCH)).isEqualTo("NON CLASSIFIÉ");
        assertThat(ui.bannerText(Locale.of("ar"))).as("blank: not translated").isEqualTo("UNCLASSIFIED");
        assertThat(ui.bannerText(Locale.ENGLISH)).isEqualTo("UNCLASSIFIED");
        assertThat(new UiProperties("", Map.of("fr", "NON CLASSIFIÉ")).bannerText(Locale.FRENCH))
                .as("no banner at all")
                .isEmpty();
    }
}
