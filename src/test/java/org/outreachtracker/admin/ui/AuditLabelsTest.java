package org.outreachtracker.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Languages;

/** Every audited action, object and outcome has its name in every language of the interface. */
class AuditLabelsTest {

    @Test
    void everyActionObjectAndOutcomeIsNamedInEveryLanguage() {
        for (var language : Languages.SUPPORTED) {
            for (AuditAction action : AuditAction.values()) {
                assertThat(AuditLabels.action(language, action))
                        .as(language + " " + action)
                        .doesNotStartWith("!");
            }
            for (AuditedObject object : AuditedObject.values()) {
                assertThat(AuditLabels.object(language, object))
                        .as(language + " " + object)
                        .doesNotStartWith("!");
            }
            for (AuditOutcome outcome : AuditOutcome.values()) {
                assertThat(AuditLabels.outcome(language, outcome))
                        .as(language + " " + outcome)
                        .doesNotStartWith("!");
            }
        }
    }

    @Test
    void englishNamesAreThoseOfTheDomain() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(AuditLabels.action(Languages.ENGLISH, action)).isEqualTo(action.label());
        }
        for (AuditedObject object : AuditedObject.values()) {
            assertThat(AuditLabels.object(Languages.ENGLISH, object)).isEqualTo(object.label());
        }
        assertThat(AuditLabels.outcome(Languages.ENGLISH, AuditOutcome.SUCCESS)).isEqualTo("Success");
    }
}
