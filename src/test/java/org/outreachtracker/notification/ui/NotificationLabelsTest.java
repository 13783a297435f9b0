package org.outreachtracker.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.notification.Delivery;
import org.outreachtracker.notification.NotificationKind;

/** Every kind of notification and way of delivering it has its label in every language. */
class NotificationLabelsTest {

    @Test
    void everyKindAndDeliveryHasItsLabelInEveryLanguage() {
        for (var language : Languages.SUPPORTED) {
            for (NotificationKind kind : NotificationKind.values()) {
                assertThat(Translations.text(language, "notification.NotificationKind." + kind.name()))
                        .as(kind + " in " + language)
                        .doesNotStartWith("!");
            }
            for (Delivery delivery : Delivery.values()) {
                assertThat(Translations.text(language, "notification.Delivery." + delivery.name()))
                        .as(delivery + " in " + language)
                        .doesNotStartWith("!");
            }
        }
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(Translations.text(Languages.ENGLISH, "notification.NotificationKind." + kind.name()))
                    .isEqualTo(kind.label());
        }
        for (Delivery delivery : Delivery.values()) {
            assertThat(Translations.text(Languages.ENGLISH, "notification.Delivery." + delivery.name()))
                    .isEqualTo(delivery.label());
        }
    }
}
