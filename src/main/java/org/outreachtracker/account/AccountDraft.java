package org.outreachtracker.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an administrator sets for an account: the person's name, roles, desk countries and e-mail
 * address (null or blank for none: the person then sees notifications in the application only).
 */
public record AccountDraft(
        @NotBlank(message = "Enter the person's name.") @Size(max = 100, message = "Use at most 100 characters.")
        String displayName,

        @NotEmpty(message = "Give the account at least one role.")
        Set<Role> roles,

        @NotNull Set<Long> deskCountryIds,

        @Email(regexp = EmailAddress.PATTERN, message = EmailAddress.MESSAGE)
        @Size(max = 254, message = "Use at most 254 characters.")
        String email) {

    public AccountDraft {
        displayName = displayName == null ? null : displayName.strip();
        email = EmailAddress.normalize(email);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        deskCountryIds = deskCountryIds == null ? Set.of() : Set.copyOf(deskCountryIds);
    }

    /** An account without an e-mail address. */
    public AccountDraft(String displayName, Set<Role> roles, Set<Long> deskCountryIds) {
        this(displayName, roles, deskCountryIds, null);
    }
}
