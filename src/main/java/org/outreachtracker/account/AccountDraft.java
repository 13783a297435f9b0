package org.outreachtracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator sets for an account: the person's name, roles and desk countries. */
public record AccountDraft(
        @NotBlank(message = "Enter the person's name.") @Size(max = 100, message = "Use at most 100 characters.")
        String displayName,

        @NotEmpty(message = "Give the account at least one role.")
        Set<Role> roles,

        @NotNull Set<Long> deskCountryIds) {

    public AccountDraft {
        displayName = displayName == null ? null : displayName.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        deskCountryIds = deskCountryIds == null ? Set.of() : Set.copyOf(deskCountryIds);
    }
}
