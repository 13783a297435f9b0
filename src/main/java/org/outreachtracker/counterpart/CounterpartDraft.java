package org.outreachtracker.counterpart;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A counterpart as a user enters them. */
public record CounterpartDraft(
        @NotBlank(message = "Enter the name.") @Size(max = 200, message = "Use at most 200 characters.")
        String name,

        @NotBlank(message = "Enter the title.") @Size(max = 200, message = "Use at most 200 characters.")
        String title,

        @NotBlank(message = "Enter the organization.") @Size(max = 200, message = "Use at most 200 characters.")
        String organization,

        @NotNull(message = "Choose the country.") Long countryId,
        @NotNull(message = "Choose the level.") CounterpartLevel level) {}
