package org.outreachtracker.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;

/**
 * A post as an administrator enters it. The code, name and city are trimmed and the code is
 * kept in capitals, so " emb-paris " and "EMB-PARIS" are the same code.
 *
 * @param code a short unique code such as {@code EMB-PARIS}: letters, digits and hyphens
 * @param coveredCountryIds the countries the post covers; an embassy or consulate covers its host country
 */
public record PostDraft(
        @NotBlank(message = "Enter the code.")
        @Size(max = 30, message = "Use at most 30 characters.")
        @Pattern(regexp = "[A-Za-z0-9-]*", message = "Use letters, digits and hyphens only.")
        String code,

        @NotBlank(message = "Enter the name.") @Size(max = 150, message = "Use at most 150 characters.")
        String name,

        @NotNull(message = "Choose the type.") PostType type,

        @NotBlank(message = "Enter the city.") @Size(max = 100, message = "Use at most 100 characters.")
        String city,

        @NotNull(message = "Choose the host country.") Long hostCountryId,
        boolean active,

        @NotEmpty(message = "Choose at least one country the post covers.")
        Set<@NotNull Long> coveredCountryIds) {

    public PostDraft {
        code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        name = name == null ? null : name.strip();
        city = city == null ? null : city.strip();
        coveredCountryIds = coveredCountryIds == null ? Set.of() : Set.copyOf(coveredCountryIds);
    }
}
