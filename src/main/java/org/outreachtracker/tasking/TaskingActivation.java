package org.outreachtracker.tasking;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.campaign.CampaignChanged;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.PostType;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Instructs the posts when a campaign is active: one tasking per target country that has none yet
 * (so when the campaign becomes active, and when countries are added while it is active), for the
 * embassy or consulate covering the country. Taskings are never removed: a country taken off the
 * list, or a campaign closed, keeps its tasking and its history. Keeps each tasking's report-by
 * date in step with the campaign's. Runs in the campaign's transaction.
 */
@Component
class TaskingActivation {

    private final TaskingRepository taskings;
    private final TaskingRecorder recorder;
    private final ReferenceService reference;
    private final TaskingDeliveries deliveries;

    TaskingActivation(
            TaskingRepository taskings,
            TaskingRecorder recorder,
            ReferenceService reference,
            TaskingDeliveries deliveries) {
        this.taskings = taskings;
        this.recorder = recorder;
        this.reference = reference;
        this.deliveries = deliveries;
    }

    @EventListener
    void on(CampaignChanged change) {
        CampaignDraft after = change.after();
        List<Tasking> existing = taskings.findByCampaignId(change.campaignId());
        if (change.before() != null && !Objects.equals(change.before().deadline(), after.deadline())) {
            existing.forEach(tasking -> tasking.setReportBy(after.deadline()));
        }
        if (change.before() != null && change.before().minimumLevel() != after.minimumLevel()) {
            existing.forEach(deliveries::recheck);
        }
        if (!change.activeNow()) {
            return;
        }
        Set<Long> instructed =
                existing.stream().map(Tasking::getCountryId).collect(Collectors.toCollection(HashSet::new));
        Map<Long, CountryRef> countries =
                reference.countries().stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
        Set<Long> targets = after.allCountries()
                ? countries.values().stream()
                        .filter(CountryRef::isState)
                        .map(CountryRef::id)
                        .collect(Collectors.toSet())
                : after.targetCountryIds();
        targets.stream()
                .filter(id -> !instructed.contains(id))
                .sorted()
                .forEach(countryId -> recorder.created(
                        new Tasking(
                                change.campaignId(), countryId, postFor(countryId), after.deadline(), recorder.now()),
                        instructedOn(after)));
    }

    /** The day an instruction counts from in the history: the issue date, or today for one issued later. */
    private LocalDate instructedOn(CampaignDraft campaign) {
        LocalDate today = recorder.today();
        return campaign.issueDate().isAfter(today) ? today : campaign.issueDate();
    }

    /** The embassy or consulate covering the country (the first by name), or null when none does. */
    private Long postFor(long countryId) {
        return reference.postsCovering(countryId).stream()
                .filter(post -> post.type() != PostType.MISSION)
                .map(PostRef::id)
                .findFirst()
                .orElse(null);
    }
}
