package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.NotPermittedException;
import org.outreachtracker.base.RuleViolationException;

/** Handing input to a service: a refusal is shown once and nothing else happens; a fault is not hidden. */
@ViewPackages(packages = "org.outreachtracker.base.ui")
class SavingTest extends BrowserlessTest {

    @Test
    void anAcceptedCallAnswersItsValueAndShowsNothing() {
        Optional<String> saved = Saving.attempt(() -> "Embassy in Tokyo");

        assertThat(saved).contains("Embassy in Tokyo");
        assertThat(open()).isEmpty();
    }

    @Test
    void aRefusalIsShownOnceAsAnErrorAndAnswersEmpty() {
        Optional<String> saved = Saving.attempt(() -> {
            throw new RuleViolationException("The code TYO is already used by another post.");
        });

        assertThat(saved).isEmpty();
        List<Notification> shown = open();
        assertThat(shown).hasSize(1);
        assertThat(test(shown.getFirst()).getText()).isEqualTo("The code TYO is already used by another post.");
        assertThat(shown.getFirst().getThemeNames()).contains(NotificationVariant.LUMO_ERROR.getVariantName());
    }

    @Test
    void aStaleEditAndAMissingPermissionAreRefusalsToo() {
        assertThat(Saving.attempt(() -> {
                    throw new ConcurrentChangeException("post");
                }))
                .isEmpty();
        assertThat(Saving.run(() -> {
                    throw new NotPermittedException("Only an administrator may change posts.");
                }))
                .isFalse();

        assertThat(open())
                .extracting(notification -> test(notification).getText())
                .containsExactlyInAnyOrder(
                        new ConcurrentChangeException("post").getMessage(), "Only an administrator may change posts.");
    }

    @Test
    void aCallThatAnswersNothingTellsWhetherItWasAccepted() {
        int[] runs = {0};

        assertThat(Saving.run(() -> runs[0]++)).isTrue();
        assertThat(Saving.run(() -> {
                    throw new RuleViolationException("The campaign is closed.");
                }))
                .isFalse();

        assertThat(runs[0]).isEqualTo(1);
        assertThat(open())
                .extracting(notification -> test(notification).getText())
                .containsExactly("The campaign is closed.");
    }

    @Test
    void anUnexpectedFaultIsPassedOnAndNotShownAsARefusal() {
        var fault = new IllegalStateException("database closed");

        assertThatThrownBy(() -> Saving.attempt(() -> {
                    throw fault;
                }))
                .isSameAs(fault);
        assertThatThrownBy(() -> Saving.run(() -> {
                    throw fault;
                }))
                .isSameAs(fault);
        assertThat(open()).isEmpty();
    }

    @Test
    void aCallThatAnswersNullIsAFaultNotARefusal() {
        assertThatThrownBy(() -> Saving.attempt(() -> null)).isInstanceOf(NullPointerException.class);
        assertThat(open()).isEmpty();
    }

    @Test
    void whatFollowsARefusalRunsAfterItWasShownAndNotAfterSuccess() {
        var after = new java.util.ArrayList<String>();

        Optional<String> refused = Saving.attempt(
                () -> {
                    throw new RuleViolationException("The account is already active.");
                },
                refusal -> after.add("read again after: " + refusal.getMessage()));
        Optional<String> accepted = Saving.attempt(() -> "Account unlocked.", refusal -> after.add("not expected"));

        assertThat(refused).isEmpty();
        assertThat(accepted).contains("Account unlocked.");
        assertThat(after).containsExactly("read again after: The account is already active.");
        assertThat(open())
                .extracting(notification -> test(notification).getText())
                .containsExactly("The account is already active.");
    }

    private List<Notification> open() {
        return $(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .toList();
    }
}
