package org.outreachtracker.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A talking point as a manager writes it. */
public record PointDraft(
        @NotBlank(message = "Enter a short label.") @Size(max = 100, message = "Use at most 100 characters.")
        String label,

        @NotBlank(message = "Enter the text of the point.") @Size(max = 4000, message = "Use at most 4,000 characters.")
        String text) {}
