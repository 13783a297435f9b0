package org.outreachtracker.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.reference.CountryRef;

/** A whole campaign: its fields, its target countries and its talking points in order. */
public record CampaignDetails(
        long id,
        long version,
        String title,
        String cableReference,
        String objective,
        LocalDate issueDate,
        LocalDate deadline,
        CampaignStatus status,
        boolean allCountries,
        Set<Long> targetCountryIds,
        List<TalkingPointRef> points,
        CounterpartLevel minimumLevel) {

    public CampaignDetails {
        targetCountryIds = Set.copyOf(targetCountryIds);
        points = List.copyOf(points);
    }

    /**
     * Whether the campaign targets the country: every UN member and observer state when it
     * targets all countries (territories and other areas are targeted only by a list), else the
     * listed ones.
     */
    public boolean targets(CountryRef country) {
        return allCountries ? country.isState() : targetCountryIds.contains(country.id());
    }

    public CampaignSummary summary() {
        return new CampaignSummary(id, title, cableReference, status, issueDate, deadline, allCountries);
    }

    /** The fields as a draft, for editing. */
    public CampaignDraft toDraft() {
        return new CampaignDraft(
                title,
                cableReference,
                objective,
                issueDate,
                deadline,
                status,
                allCountries,
                targetCountryIds,
                minimumLevel);
    }
}
