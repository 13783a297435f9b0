package org.outreachtracker.tasking;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taskings: each target country's post, from instructed to reported. Desk officers and managers
 * read them all; an officer moves along only the taskings of their desk countries, a manager any.
 * A tasking becomes delivered when a meeting is logged for its campaign and country.
 */
@Service
@Transactional
public class TaskingService {

    /** An id nothing has: stands in for "none" where a query needs a list. */
    private static final List<Long> NO_ID = List.of(-1L);

    private final TaskingRepository taskings;
    private final TaskingStateChangeRepository history;
    private final TaskingRecorder recorder;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final CurrentUser currentUser;

    TaskingService(
            TaskingRepository taskings,
            TaskingStateChangeRepository history,
            TaskingRecorder recorder,
            CampaignService campaigns,
            ReferenceService reference,
            CurrentUser currentUser) {
        this.taskings = taskings;
        this.history = history;
        this.recorder = recorder;
        this.campaigns = campaigns;
        this.reference = reference;
        this.currentUser = currentUser;
    }

    /**
     * The taskings still owing a report whose report-by date falls within the dates, soonest
     * first: what reminders are about. For the application's own work.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public List<TaskingRef> outstandingReportBy(LocalDate from, LocalDate to) {
        LocalDate today = recorder.today();
        return taskings.reportByBetween(TaskingState.OUTSTANDING, from, to).stream()
                .map(tasking -> tasking.toRef(today))
                .toList();
    }

    /** How many taskings have lapsed: past their report-by date and still owing a report. For the application's own work. */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public long countLapsed() {
        return taskings.countReportByBefore(TaskingState.OUTSTANDING, recorder.today());
    }

    /** A page of the taskings the filter asks for, in the order the pageable asks for. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Page<TaskingRef> taskings(TaskingFilter filter, Pageable pageable) {
        Query query = query(filter);
        if (query.nothing()) {
            return Page.empty(pageable);
        }
        LocalDate today = recorder.today();
        return taskings.search(
                        query.states(),
                        filter.campaignId(),
                        query.campaigns() == null,
                        query.campaigns() == null ? NO_ID : query.campaigns(),
                        query.countries() == null,
                        query.countries() == null ? NO_ID : query.countries(),
                        query.lapsedBefore(),
                        filter.belowMinimumOnly(),
                        pageable)
                .map(tasking -> tasking.toRef(today));
    }

    /** How many taskings the filter asks for. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public long count(TaskingFilter filter) {
        Query query = query(filter);
        return query.nothing()
                ? 0
                : taskings.countSearch(
                        query.states(),
                        filter.campaignId(),
                        query.campaigns() == null,
                        query.campaigns() == null ? NO_ID : query.campaigns(),
                        query.countries() == null,
                        query.countries() == null ? NO_ID : query.countries(),
                        query.lapsedBefore(),
                        filter.belowMinimumOnly());
    }

    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Optional<TaskingRef> tasking(long id) {
        return taskings.findById(id).map(tasking -> tasking.toRef(recorder.today()));
    }

    /** The tasking of one campaign for one country, if the campaign instructed that country's post. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Optional<TaskingRef> taskingOf(long campaignId, long countryId) {
        return taskings.findByCampaignIdAndCountryId(campaignId, countryId)
                .map(tasking -> tasking.toRef(recorder.today()));
    }

    /** Each instructed country of a campaign (country id) with its tasking's state. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Map<Long, TaskingState> statesByCountry(long campaignId) {
        Map<Long, TaskingState> states = new HashMap<>();
        taskings.statesOf(campaignId).forEach(row -> states.put(row.getCountryId(), row.getState()));
        return states;
    }

    /**
     * A campaign's per-day history: for each day and state, how many taskings entered and left
     * it, in date order. {@link TaskingTimeline#of} sums it into the counts per day.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<TaskingDayChange> dailyChanges(long campaignId) {
        Map<String, TaskingDayChange> merged = new HashMap<>();
        List<TaskingDayChange> all = new ArrayList<>(history.enteredPerDay(campaignId));
        all.addAll(history.leftPerDay(campaignId));
        for (TaskingDayChange change : all) {
            merged.merge(
                    change.day() + "/" + change.state(),
                    change,
                    (a, b) -> new TaskingDayChange(a.day(), a.state(), a.entered() + b.entered(), a.left() + b.left()));
        }
        return merged.values().stream()
                .sorted(Comparator.comparing(TaskingDayChange::day).thenComparing(TaskingDayChange::state))
                .toList();
    }

    /** A campaign's taskings per state at the end of each day on which one changed. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public TaskingTimeline timeline(long campaignId) {
        return TaskingTimeline.of(dailyChanges(campaignId));
    }

    /** The post asked the host government for an appointment (today). */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public TaskingRef requestAppointment(long id, long version) {
        Tasking tasking = find(id, version);
        TaskingRef before = tasking.toRef(recorder.today());
        tasking.appointmentRequested(recorder.today(), recorder.now());
        return recorder.changed(tasking, before, recorder.today());
    }

    /**
     * The post will not deliver the points itself, for the reason given; the user waiving and when
     * are recorded. A tasking already delivered or reported is not waived.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public TaskingRef waive(long id, long version, WaiverReason reason) {
        if (reason == null) {
            throw RuleViolationException.because("refusal.tasking.waiverReason");
        }
        Tasking tasking = find(id, version);
        TaskingRef before = tasking.toRef(recorder.today());
        tasking.moveTo(TaskingState.WAIVED, recorder.now());
        tasking.waive(reason, recorder.actor(), recorder.now());
        return recorder.changed(tasking, before, recorder.today());
    }

    /**
     * The post reported back by cable: its reference and date. A tasking not delivered (nor
     * already waived) needs a waiver reason, which is recorded as a waiver.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public TaskingRef markReported(
            long id, long version, String cableReference, LocalDate cableDate, WaiverReason waiverIfUndelivered) {
        String reference = cableReference == null ? "" : cableReference.strip();
        if (reference.isEmpty()) {
            throw RuleViolationException.because("refusal.tasking.cableReferenceMissing");
        }
        if (reference.length() > 100) {
            throw RuleViolationException.because("refusal.tasking.cableReferenceTooLong");
        }
        if (cableDate == null) {
            throw RuleViolationException.because("refusal.tasking.cableDateMissing");
        }
        if (cableDate.isAfter(recorder.today())) {
            throw RuleViolationException.because("refusal.tasking.cableDateInFuture");
        }
        Tasking tasking = find(id, version);
        CampaignDetails campaign = campaigns.campaign(tasking.getCampaignId()).orElseThrow();
        if (cableDate.isBefore(campaign.issueDate())) {
            throw RuleViolationException.because("refusal.tasking.cableBeforeInstruction");
        }
        TaskingRef before = tasking.toRef(recorder.today());
        boolean undelivered = tasking.getState() == TaskingState.INSTRUCTED
                || tasking.getState() == TaskingState.APPOINTMENT_REQUESTED;
        if (undelivered && waiverIfUndelivered == null) {
            throw new RuleViolationException(
                    TaskingTransitions.refusal(tasking.getState(), TaskingState.REPORTED, false)
                            .orElseThrow());
        }
        if (undelivered) {
            tasking.waive(waiverIfUndelivered, recorder.actor(), recorder.now());
        }
        tasking.moveTo(TaskingState.REPORTED, recorder.now());
        tasking.reported(reference, cableDate);
        return recorder.changed(tasking, before, cableDate);
    }

    /** What the filter comes to: the states, the campaigns and countries (null: all), the lapsed cut-off. */
    private record Query(Set<TaskingState> states, Set<Long> campaigns, Set<Long> countries, LocalDate lapsedBefore) {

        boolean nothing() {
            return states.isEmpty()
                    || (campaigns != null && campaigns.isEmpty())
                    || (countries != null && countries.isEmpty());
        }
    }

    private Query query(TaskingFilter filter) {
        Set<TaskingState> states =
                filter.states().isEmpty() ? EnumSet.allOf(TaskingState.class) : EnumSet.copyOf(filter.states());
        if (filter.lapsedOnly()) {
            states.retainAll(TaskingState.OUTSTANDING);
        }
        Set<Long> countries = filter.countryIds();
        if (filter.bureauId() != null) {
            Set<Long> inBureau = reference.countries().stream()
                    .filter(country -> country.bureauId() == filter.bureauId())
                    .map(CountryRef::id)
                    .collect(Collectors.toSet());
            countries = countries == null
                    ? inBureau
                    : countries.stream().filter(inBureau::contains).collect(Collectors.toSet());
        }
        Set<Long> active = filter.activeCampaignsOnly() || filter.lapsedOnly()
                ? campaigns.campaignsIn(Set.of(CampaignStatus.ACTIVE)).stream()
                        .map(CampaignSummary::id)
                        .collect(Collectors.toSet())
                : null;
        return new Query(states, active, countries, filter.lapsedOnly() ? recorder.today() : null);
    }

    private Tasking find(long id, long version) {
        Tasking tasking =
                taskings.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.tasking.gone"));
        currentUser
                .desk()
                .require(tasking.getCountryId(), "You can move along the taskings of your desk countries only.");
        if (tasking.getVersion() != version) {
            throw new ConcurrentChangeException("tasking");
        }
        return tasking;
    }
}
