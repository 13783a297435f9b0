package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;

/** A long text's count and its "too long" message, in the page's language. */
class TextLimitsTest {

    @AfterEach
    void noPage() {
        UI.setCurrent(null);
    }

    @Test
    void theCountAndTheRefusalFollowThePagesLanguage() {
        page(Languages.ENGLISH);
        assertThat(TextLimits.count(1234, 10_000)).isEqualTo("1,234 of 10,000 characters");
        assertThat(tooLong(12, 10, "The summary"))
                .isEqualTo("The summary is 2 characters too long: shorten it to 10 characters or fewer.");
        assertThat(tooLong(11, 10, "The summary"))
                .isEqualTo("The summary is 1 character too long: shorten it to 10 characters or fewer.");

        page(Languages.FRENCH);
        assertThat(TextLimits.count(12, 4000)).isEqualTo("12 sur 4\u202f000 caractères");
        assertThat(tooLong(11, 10, "Le résumé"))
                .isEqualTo("Le résumé : 1 caractère de trop ; raccourcissez à 10 caractères au plus.");

        page(Languages.ARABIC);
        assertThat(TextLimits.count(12, 40)).contains("من");
        assertThat(tooLong(11, 10, "الملخص")).startsWith("الملخص:").contains("حرف واحد");
    }

    private static void page(Locale language) {
        UI ui = new UI();
        ui.setLocale(language);
        UI.setCurrent(ui);
    }

    private static String tooLong(int length, int max, String what) {
        return TextLimits.validator(max, what)
                .apply("x".repeat(length), new ValueContext())
                .getErrorMessage();
    }
}
