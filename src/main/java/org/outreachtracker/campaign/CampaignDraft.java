package org.outreachtracker.campaign;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** A campaign as a manager writes it. */
public record CampaignDraft(
        @NotBlank(message = "Enter a title.") @Size(max = 200, message = "Use at most 200 characters.")
        String title,

        @NotBlank(message = "Enter the cable reference.") @Size(max = 100, message = "Use at most 100 characters.")
        String cableReference,

        @NotBlank(message = "Enter the objective.") @Size(max = 4000, message = "Use at most 4,000 characters.")
        String objective,

        @NotNull(message = "Enter the issue date.") LocalDate issueDate,
        LocalDate deadline,
        @NotNull(message = "Choose a status.") CampaignStatus status,
        boolean allCountries,
        Set<Long> targetCountryIds) {

    public CampaignDraft {
        targetCountryIds = targetCountryIds == null ? Set.of() : Set.copyOf(targetCountryIds);
    }

    @AssertTrue(message = "The deadline cannot be before the issue date.")
    public boolean isDeadlineAfterIssueDate() {
        return deadline == null || issueDate == null || !deadline.isBefore(issueDate);
    }

    @AssertTrue(message = "An active campaign needs target countries: all, or a list.")
    public boolean isActiveCampaignTargeted() {
        return status != CampaignStatus.ACTIVE || allCountries || !targetCountryIds.isEmpty();
    }
}
