package org.outreachtracker.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.reference.CountryRef;

/**
 * A whole campaign: its fields, its target countries and its talking points.
 *
 * @param points every version's talking points, the first version first, each in order; the
 *     highest version is the current one, which new meetings deliver
 */
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

    /** The version of the points new meetings deliver: 1 until a revised set is issued. */
    public int currentPointsVersion() {
        return points.stream().mapToInt(TalkingPointRef::pointsVersion).max().orElse(1);
    }

    /** The points of one version, in order (none for a version the campaign does not have). */
    public List<TalkingPointRef> points(int pointsVersion) {
        return points.stream().filter(p -> p.pointsVersion() == pointsVersion).toList();
    }

    /** The points new meetings deliver, in order. */
    public List<TalkingPointRef> currentPoints() {
        return points(currentPointsVersion());
    }

    /**
     * A point of any version as lists and exports name it: "3. Label", with its version once the
     * points have been revised; empty when the campaign has no such point.
     */
    public java.util.Optional<String> pointName(long pointId) {
        boolean revised = currentPointsVersion() > 1;
        return points.stream()
                .filter(p -> p.id() == pointId)
                .map(p -> p.position() + ". " + p.label() + (revised ? " (version " + p.pointsVersion() + ")" : ""))
                .findFirst();
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
