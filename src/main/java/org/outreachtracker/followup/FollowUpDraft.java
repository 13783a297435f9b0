package org.outreachtracker.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A follow-up action as a user writes it. */
public record FollowUpDraft(
        @NotBlank(message = "Describe what must happen.") @Size(max = 2000, message = "Use at most 2,000 characters.")
        String description,

        @NotNull(message = "Choose who owns it.") Long ownerId,
        @NotNull(message = "Enter the due date.") LocalDate dueDate,
        @NotNull(message = "Choose the priority.") Priority priority) {}
