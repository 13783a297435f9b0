package org.outreachtracker.campaign;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.outreachtracker.counterpart.CounterpartLevel;

/**
 * A campaign as a manager writes it. The cable reference is the instruction's (the cable number);
 * the deadline is the date by which each post reports back ("report by"); the minimum level is the
 * lowest counterpart level the points should be delivered to (optional).
 */
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
        Set<Long> targetCountryIds,
        CounterpartLevel minimumLevel) {

    public CampaignDraft {
        targetCountryIds = targetCountryIds == null ? Set.of() : Set.copyOf(targetCountryIds);
    }

    /** A campaign without a minimum counterpart level. */
    public CampaignDraft(
            String title,
            String cableReference,
            String objective,
            LocalDate issueDate,
            LocalDate deadline,
            CampaignStatus status,
            boolean allCountries,
            Set<Long> targetCountryIds) {
        this(title, cableReference, objective, issueDate, deadline, status, allCountries, targetCountryIds, null);
    }

    /** The same campaign with another minimum counterpart level (null: none). */
    public CampaignDraft withMinimumLevel(CounterpartLevel level) {
        return new CampaignDraft(
                title, cableReference, objective, issueDate, deadline, status, allCountries, targetCountryIds, level);
    }

    @AssertTrue(message = "The report-by date cannot be before the issue date.")
    public boolean isDeadlineAfterIssueDate() {
        return deadline == null || issueDate == null || !deadline.isBefore(issueDate);
    }

    @AssertTrue(message = "An active campaign needs target countries: all, or a list.")
    public boolean isActiveCampaignTargeted() {
        return status != CampaignStatus.ACTIVE || allCountries || !targetCountryIds.isEmpty();
    }
}
