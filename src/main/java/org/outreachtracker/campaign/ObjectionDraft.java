package org.outreachtracker.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An expected objection as a manager writes it, e.g. "This is protectionism". */
public record ObjectionDraft(
        @NotBlank(message = "Enter the objection.") @Size(max = 300, message = "Use at most 300 characters.")
        String text) {}
