package org.outreachtracker.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachtracker.account.AccountState;
import org.outreachtracker.account.Role;
import org.outreachtracker.base.Languages;

/** Every role and every account state has its name in every language of the interface. */
class AccountLabelsTest {

    @Test
    void everyRoleAndStateIsNamedInEveryLanguage() {
        for (var language : Languages.SUPPORTED) {
            for (Role role : Role.values()) {
                assertThat(AccountLabels.role(language, role))
                        .as(language + " " + role)
                        .doesNotStartWith("!");
            }
            for (AccountState state : AccountState.values()) {
                assertThat(AccountLabels.state(language, state))
                        .as(language + " " + state)
                        .doesNotStartWith("!");
            }
        }
    }

    @Test
    void englishNamesAreThoseOfTheDomain() {
        for (Role role : Role.values()) {
            assertThat(AccountLabels.role(Languages.ENGLISH, role)).isEqualTo(role.label());
        }
        for (AccountState state : AccountState.values()) {
            assertThat(AccountLabels.state(Languages.ENGLISH, state)).isEqualTo(state.label());
        }
    }
}
