package org.outreachtracker.admin.ui;

import java.util.Locale;
import org.outreachtracker.account.AccountState;
import org.outreachtracker.account.Role;
import org.outreachtracker.base.ui.Translations;

/** The names of roles and account states in the page's language (keys in the account bundle). */
final class AccountLabels {

    private AccountLabels() {}

    static String role(Role role) {
        return Translations.text("account.Role." + role.name());
    }

    static String role(Locale language, Role role) {
        return Translations.text(language, "account.Role." + role.name());
    }

    static String state(AccountState state) {
        return Translations.text("account.AccountState." + state.name());
    }

    static String state(Locale language, AccountState state) {
        return Translations.text(language, "account.AccountState." + state.name());
    }
}
