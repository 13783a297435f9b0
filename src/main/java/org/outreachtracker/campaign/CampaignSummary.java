package org.outreachtracker.campaign;

import java.time.LocalDate;

/** A campaign in a list or a picker. */
public record CampaignSummary(
        long id,
        String title,
        String cableReference,
        CampaignStatus status,
        LocalDate issueDate,
        LocalDate deadline,
        boolean allCountries) {}
