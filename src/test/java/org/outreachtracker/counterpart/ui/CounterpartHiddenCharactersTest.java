package org.outreachtracker.counterpart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.base.ui.HiddenCharacterWarning;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A counterpart's name, title or organization holding an invisible character is flagged as it is
 * typed; the counterpart can still be saved (text that leaves the application shows the mark).
 */
@IntegrationTest
class CounterpartHiddenCharactersTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    ReferenceService reference;

    @Autowired
    CounterpartService counterparts;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void aNameWithAnOverrideIsFlaggedAndMayStillBeSaved() {
        TestSignIn.as(users, "officer");
        navigate("counterparts", CounterpartsView.class);
        String name = "Hidden Envoy " + UUID.randomUUID().toString().substring(0, 8) + "\u202Ecod.exe";

        test($(Button.class).withText("New counterpart").single()).click();
        var dialog = (CounterpartDialog) $(Dialog.class).single();
        test(dialog.form.name).setValue(name);
        test(dialog.form.title).setValue("Director\u200B-General");
        test(dialog.form.organization).setValue("Ministry of Foreign Affairs");

        assertThat(((HiddenCharacterWarning) dialog.form.name.getHelperComponent()).text())
                .startsWith("This text holds an invisible character: right-to-left override (U+202E).");
        assertThat(((HiddenCharacterWarning) dialog.form.title.getHelperComponent()).text())
                .contains("zero-width space (U+200B)");
        assertThat(dialog.form.organization.getHelperComponent()).isNull();

        test(dialog.form.country)
                .selectItem(reference.countryByCode("FR").orElseThrow().name());
        test(dialog.form.level).selectItem("Working level");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(counterparts.count(new CounterpartFilter(name.substring(0, 21), null, null)))
                .isOne();
    }
}
