package org.outreachtracker.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a host government committed to in a meeting, as an officer writes it, and when to check back on it. */
public record CommitmentDraft(
        @NotBlank(message = "Say what was committed to.") @Size(max = 2000, message = "Use at most 2,000 characters.")
        String description,

        @NotNull(message = "Choose who checks back.") Long ownerId,
        @NotNull(message = "Enter the check-back date.") LocalDate checkBackDate) {}
