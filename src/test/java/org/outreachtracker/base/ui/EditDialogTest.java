package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.RuleViolationException;

/**
 * The edit dialog every feature's dialog is built on: Cancel and the primary save button, and
 * saving that closes only when the service accepted the input.
 */
@ViewPackages(packages = "org.outreachtracker.base.ui")
class EditDialogTest extends BrowserlessTest {

    private final List<String> saved = new ArrayList<>();
    private final List<String> followedUp = new ArrayList<>();

    /** A post's name, saved by a service that refuses "Tokyo" (already in use). */
    private final class NameDialog extends EditDialog {

        final TextField name = new TextField("Name");

        NameDialog() {
            super("New post", "Save post", "min(30rem, 100vw)");
            add(name);
            onSave(
                    () -> name.isEmpty() ? Optional.empty() : Optional.of(name.getValue()),
                    value -> {
                        if (value.equals("Tokyo")) {
                            throw new RuleViolationException("The name Tokyo is already used by another post.");
                        }
                        saved.add(value);
                        return value.length();
                    },
                    (value, length) -> "Post " + value + " added.",
                    length -> followedUp.add("refresh " + length));
        }
    }

    @Test
    void theFooterHasCancelThenThePrimarySaveButtonWithTheDialogsLabel() {
        var dialog = new NameDialog();
        dialog.open();
        roundTrip();

        List<Component> footer = dialog.getFooter()
                .getElement()
                .getChildren()
                .map(element -> element.getComponent().orElseThrow())
                .toList();
        assertThat(footer).containsExactly(dialog.cancel, dialog.save);
        assertThat(dialog.save.getText()).isEqualTo("Save post");
        assertThat(dialog.save.getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
        assertThat(dialog.cancel.getText()).isEqualTo("Cancel");
        assertThat(dialog.getHeaderTitle()).isEqualTo("New post");
        assertThat(dialog.getWidth()).isEqualTo("min(30rem, 100vw)");
    }

    @Test
    void anAcceptedSaveTellsTheUserClosesAndThenRunsTheFollowUp() {
        var dialog = new NameDialog();
        dialog.open();
        roundTrip();
        test(dialog.name).setValue("Nairobi");

        test(dialog.save).click();

        assertThat(saved).containsExactly("Nairobi");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(followedUp).containsExactly("refresh 7");
        assertThat(shown(NotificationVariant.LUMO_SUCCESS)).containsExactly("Post Nairobi added.");
    }

    @Test
    void aRefusalIsShownAndTheDialogStaysOpenWithTheInput() {
        var dialog = new NameDialog();
        dialog.open();
        roundTrip();
        test(dialog.name).setValue("Tokyo");

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getValue()).isEqualTo("Tokyo");
        assertThat(followedUp).isEmpty();
        assertThat(shown(NotificationVariant.LUMO_ERROR))
                .containsExactly("The name Tokyo is already used by another post.");
        assertThat(shown(NotificationVariant.LUMO_SUCCESS)).isEmpty();
    }

    @Test
    void inputThatNeedsCorrectingReachesNoServiceAndKeepsTheDialogOpen() {
        var dialog = new NameDialog();
        dialog.open();
        roundTrip();

        test(dialog.save).click();

        assertThat(saved).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(shown(NotificationVariant.LUMO_SUCCESS)).isEmpty();
        assertThat(shown(NotificationVariant.LUMO_ERROR)).isEmpty();
    }

    @Test
    void cancelClosesWithoutSaving() {
        var dialog = new NameDialog();
        dialog.open();
        roundTrip();
        test(dialog.name).setValue("Nairobi");

        test(dialog.cancel).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(saved).isEmpty();
        assertThat(followedUp).isEmpty();
    }

    @Test
    void aDialogThatWritesNothingYetHandsOnTheInputAndCloses() {
        var handedOn = new ArrayList<String>();
        var dialog = new EditDialog("New counterpart", "Add counterpart", null) {
            {
                onSave(() -> Optional.of("Amina Diallo"), handedOn::add);
            }
        };
        dialog.open();
        roundTrip();

        test(dialog.save).click();

        assertThat(handedOn).containsExactly("Amina Diallo");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(dialog.getWidth()).isNull();
    }

    private List<String> shown(NotificationVariant variant) {
        return $(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .filter(notification -> notification.getThemeNames().contains(variant.getVariantName()))
                .map(notification -> test(notification).getText())
                .toList();
    }
}
