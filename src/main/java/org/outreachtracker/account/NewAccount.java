package org.outreachtracker.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What it takes to create an account. Usernames are kept in lower case. */
public record NewAccount(
        @NotBlank(message = "Enter a username.")
        @Pattern(
                regexp = "[a-z0-9][a-z0-9._-]{1,49}",
                message = "Use 2 to 50 lower-case letters, digits, dots, dashes or underscores.")
        String username,

        @NotBlank(message = "Enter the person's name.") @Size(max = 100, message = "Use at most 100 characters.")
        String displayName,

        @NotNull(message = "Enter a password.") String password,

        @NotEmpty(message = "Give the account at least one role.")
        Set<Role> roles,

        @NotNull Set<Long> deskCountryIds,

        @Email(regexp = EmailAddress.PATTERN, message = EmailAddress.MESSAGE)
        @Size(max = 254, message = "Use at most 254 characters.")
        String email) {

    public NewAccount {
        email = EmailAddress.normalize(email);
        username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        deskCountryIds = deskCountryIds == null ? Set.of() : Set.copyOf(deskCountryIds);
    }

    /** An account without an e-mail address. */
    public NewAccount(String username, String displayName, String password, Set<Role> roles, Set<Long> deskCountryIds) {
        this(username, displayName, password, roles, deskCountryIds, null);
    }
}
