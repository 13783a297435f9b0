package org.outreachtracker.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SignedInUser;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditRecord;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChanges;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.NotPermittedException;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Follow-up actions. Officers create them for their desk countries, managers for any; the
 * owner or a manager moves them along; only managers re-assign them. "Done" needs a note.
 */
@Service
@Validated
@Transactional
public class FollowUpService {

    /** The most follow-ups one hand-over moves (a selection of a long list, not the whole table). */
    static final int MAX_HAND_OVER = 500;

    private final FollowUpRepository followUps;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final FollowUpSearch search;

    FollowUpService(
            FollowUpRepository followUps,
            CampaignService campaigns,
            ReferenceService reference,
            UserAccountService users,
            CurrentUser currentUser,
            Clock clock,
            AuditLog audit,
            ApplicationEventPublisher events,
            FollowUpSearch search) {
        this.search = search;
        this.audit = audit;
        this.events = events;
        this.followUps = followUps;
        this.campaigns = campaigns;
        this.reference = reference;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Page<FollowUpRef> search(FollowUpFilter filter, Pageable pageable) {
        LocalDate today = today();
        Set<FollowUpStatus> statuses = statuses(filter);
        if (statuses.isEmpty()) {
            return Page.empty(pageable);
        }
        return followUps
                .search(
                        statuses,
                        filter.ownerId(),
                        filter.campaignId(),
                        filter.countryId(),
                        filter.meetingId(),
                        filter.overdueOnly() ? today : null,
                        pageable)
                .map(f -> f.toRef(today));
    }

    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public long count(FollowUpFilter filter) {
        Set<FollowUpStatus> statuses = statuses(filter);
        return statuses.isEmpty()
                ? 0
                : followUps.countSearch(
                        statuses,
                        filter.ownerId(),
                        filter.campaignId(),
                        filter.countryId(),
                        filter.meetingId(),
                        filter.overdueOnly() ? today() : null);
    }

    /** The meetings the filtered follow-ups came from, each once (follow-ups outside a meeting have none). */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Set<Long> meetingIds(FollowUpFilter filter) {
        Set<FollowUpStatus> statuses = statuses(filter);
        return statuses.isEmpty()
                ? Set.of()
                : Set.copyOf(followUps.meetingIdsOf(
                        statuses,
                        filter.ownerId(),
                        filter.campaignId(),
                        filter.countryId(),
                        filter.meetingId(),
                        filter.overdueOnly() ? today() : null));
    }

    /** The states the filter asks for; "overdue only" keeps the outstanding ones. */
    private static Set<FollowUpStatus> statuses(FollowUpFilter filter) {
        Set<FollowUpStatus> statuses =
                filter.statuses().isEmpty() ? EnumSet.allOf(FollowUpStatus.class) : EnumSet.copyOf(filter.statuses());
        if (filter.overdueOnly()) {
            statuses.retainAll(FollowUpStatus.OUTSTANDING);
        }
        return statuses;
    }

    /** The follow-ups that came from a meeting, by due date. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<FollowUpRef> forMeeting(long meetingId) {
        LocalDate today = today();
        return followUps.findByMeetingIdOrderByDueDate(meetingId).stream()
                .map(f -> f.toRef(today))
                .toList();
    }

    /** The follow-ups that came from any of these meetings, by due date. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<FollowUpRef> forMeetings(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return followUps.findByMeetingIdInOrderByDueDateAscIdAsc(meetingIds).stream()
                .map(f -> f.toRef(today))
                .toList();
    }

    /** Creates a follow-up for a campaign and country, outside any meeting. */
    /**
     * The unfinished (open or in progress) follow-ups of one campaign per country, with how many
     * are past their due date today; only the countries given, or all when {@code countries} is
     * null. Countries without any are left out.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Map<Long, OpenFollowUps> openPerCountry(long campaignId, Set<Long> countries) {
        if (countries != null && countries.isEmpty()) {
            return Map.of();
        }
        Set<FollowUpStatus> unfinished = FollowUpStatus.OUTSTANDING;
        LocalDate today = LocalDate.now(clock);
        List<OpenFollowUps> rows = countries == null
                ? followUps.openPerCountry(campaignId, unfinished, today)
                : followUps.openPerCountry(campaignId, unfinished, today, countries);
        Map<Long, OpenFollowUps> result = new HashMap<>();
        rows.forEach(row -> result.put(row.countryId(), row));
        return result;
    }

    /**
     * The outstanding follow-ups due within the dates, soonest first: what reminders are about.
     * For the application's own work.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public List<FollowUpRef> outstandingDueBetween(LocalDate from, LocalDate to) {
        LocalDate today = today();
        return followUps.dueBetween(FollowUpStatus.OUTSTANDING, from, to).stream()
                .map(followUp -> followUp.toRef(today))
                .toList();
    }

    /** How many outstanding follow-ups are overdue today. For the application's own work. */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public long countOverdue() {
        return followUps.countDueBefore(FollowUpStatus.OUTSTANDING, today());
    }

    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public FollowUpRef create(long campaignId, long countryId, @Valid FollowUpDraft draft) {
        checkCampaignAndCountry(campaignId, countryId);
        checkDesk(countryId);
        checkOwner(draft.ownerId());
        checkDueDate(draft.dueDate());
        FollowUpRef created =
                followUps.save(new FollowUp(campaignId, countryId, null, draft)).toRef(today());
        audited(AuditAction.CREATED, null, created);
        announceOwner(created);
        return created;
    }

    /**
     * Creates the follow-ups logged with a meeting, in the meeting's transaction, and keeps the
     * meeting's earlier follow-ups with its campaign and country when those were corrected.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public void createForMeeting(long meetingId, long campaignId, long countryId, List<@Valid FollowUpDraft> drafts) {
        checkCampaignAndCountry(campaignId, countryId);
        checkDesk(countryId);
        LocalDate today = today();
        for (FollowUp earlier : followUps.findByMeetingIdOrderByDueDate(meetingId)) {
            FollowUpRef before = earlier.toRef(today);
            if (before.campaignId() != campaignId || before.countryId() != countryId) {
                earlier.moveTo(campaignId, countryId);
                audited(AuditAction.CHANGED, before, earlier.toRef(today));
            }
        }
        for (FollowUpDraft draft : drafts) {
            checkOwner(draft.ownerId());
            checkDueDate(draft.dueDate());
            FollowUpRef created = followUps
                    .save(new FollowUp(campaignId, countryId, meetingId, draft))
                    .toRef(today);
            audited(AuditAction.CREATED, null, created);
            announceOwner(created);
        }
    }

    /** Moves a follow-up to another state; the owner or a manager may. "Done" needs a note. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public FollowUpRef changeStatus(long id, long version, FollowUpStatus status, String completionNote) {
        if (status == null) {
            throw RuleViolationException.because("refusal.followup.chooseStatus");
        }
        FollowUp followUp =
                followUps.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.followup.gone"));
        SignedInUser user = currentUser.require();
        if (!user.hasRole(Role.MANAGER) && followUp.getOwnerId() != user.id()) {
            throw new NotPermittedException("Only the owner of this follow-up or a manager can change its status.");
        }
        if (followUp.getVersion() != version) {
            throw new ConcurrentChangeException("follow-up");
        }
        if (status == FollowUpStatus.DONE && (completionNote == null || completionNote.isBlank())) {
            throw RuleViolationException.because("refusal.followup.completionNote");
        }
        if (completionNote != null && completionNote.length() > 2000) {
            throw RuleViolationException.because("refusal.followup.noteTooLong");
        }
        FollowUpRef before = followUp.toRef(today());
        followUp.changeStatus(status, completionNote, clock.instant());
        return audited(AuditAction.CHANGED, before, save(followUp));
    }

    /** Gives a follow-up to another owner; managers only. */
    @RolesAllowed(Roles.MANAGER)
    public FollowUpRef reassign(long id, long version, long ownerId) {
        FollowUp followUp = find(id, version);
        checkOwner(ownerId);
        FollowUpRef before = followUp.toRef(today());
        followUp.setOwnerId(ownerId);
        FollowUpRef after = audited(AuditAction.CHANGED, before, save(followUp));
        if (before.ownerId() != ownerId) {
            announceOwner(after);
        }
        return after;
    }

    /**
     * Hands several follow-ups over to one owner at once, as when an officer leaves a desk;
     * managers only. All or none: a follow-up that no longer exists, or an owner who cannot own
     * follow-ups (such as a deactivated account), refuses the whole hand-over. Each follow-up
     * that changes owner is audited, and the new owner is told. With {@code withDesk}, the desk
     * countries of the officer whose follow-ups these were move to the new owner in the same step
     * (every chosen follow-up must then have that one owner). Returns how many changed owner.
     */
    @RolesAllowed(Roles.MANAGER)
    public int handOver(Collection<Long> ids, long ownerId, boolean withDesk) {
        if (ids == null || ids.isEmpty()) {
            throw RuleViolationException.because("refusal.followup.chooseToHandOver");
        }
        if (ids.size() > MAX_HAND_OVER) {
            throw RuleViolationException.because(
                    "refusal.followup.tooManyToHandOver", String.valueOf(MAX_HAND_OVER), String.valueOf(ids.size()));
        }
        checkOwner(ownerId);
        LocalDate today = today();
        int changed = 0;
        Set<Long> previousOwners = new HashSet<>();
        for (long id : Set.copyOf(ids)) {
            FollowUp followUp = followUps
                    .findById(id)
                    .orElseThrow(() -> RuleViolationException.because("refusal.followup.handOverGone"));
            FollowUpRef before = followUp.toRef(today);
            previousOwners.add(before.ownerId());
            if (before.ownerId() == ownerId) {
                continue;
            }
            followUp.setOwnerId(ownerId);
            announceOwner(audited(AuditAction.CHANGED, before, save(followUp)));
            changed++;
        }
        if (withDesk) {
            if (previousOwners.size() != 1) {
                throw RuleViolationException.because(
                        "refusal.followup.deskOneOwner", String.valueOf(previousOwners.size()));
            }
            users.handOverDesk(previousOwners.iterator().next(), ownerId);
        }
        return changed;
    }

    /** Tells listeners who now owns a follow-up, unless the owners gave it to themselves. */
    private void announceOwner(FollowUpRef followUp) {
        long by = currentUser.require().id();
        if (followUp.ownerId() != by) {
            events.publishEvent(new FollowUpAssigned(followUp, by));
        }
    }

    private FollowUpRef audited(AuditAction action, FollowUpRef before, FollowUpRef after) {
        search.reindex(after.id());
        audit.changed(
                action,
                AuditedObject.FOLLOW_UP,
                after.id(),
                FieldChanges.between(before == null ? null : audited(before), audited(after)));
        return after;
    }

    /**
     * A follow-up as the audit trail records it: the screens' labels, the campaign's title, the
     * country's and owner's names, and labels instead of constants.
     */
    private AuditRecord audited(FollowUpRef followUp) {
        return AuditRecord.of()
                .with(
                        "Campaign",
                        campaigns
                                .campaign(followUp.campaignId())
                                .map(c -> c.title())
                                .orElse(""))
                .with(
                        "Country",
                        reference
                                .country(followUp.countryId())
                                .map(CountryRef::name)
                                .orElse(""))
                .with("Meeting", followUp.meetingId() == null ? "" : "Meeting " + followUp.meetingId())
                .with("Description", followUp.description())
                .with(
                        "Owner",
                        users.user(followUp.ownerId()).map(UserRef::displayName).orElse(""))
                .with("Due", followUp.dueDate())
                .with("Priority", followUp.priority())
                .with("Status", followUp.status())
                .with("Completion note", followUp.completionNote());
    }

    private FollowUp find(long id, long version) {
        FollowUp followUp =
                followUps.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.followup.gone"));
        if (followUp.getVersion() != version) {
            throw new ConcurrentChangeException("follow-up");
        }
        return followUp;
    }

    private FollowUpRef save(FollowUp followUp) {
        try {
            return followUps.saveAndFlush(followUp).toRef(today());
        } catch (OptimisticLockingFailureException stale) {
            throw new ConcurrentChangeException("follow-up");
        }
    }

    private void checkCampaignAndCountry(long campaignId, long countryId) {
        if (campaigns.campaign(campaignId).isEmpty()) {
            throw RuleViolationException.because("refusal.followup.noSuchCampaign");
        }
        if (reference.country(countryId).isEmpty()) {
            throw RuleViolationException.because("refusal.followup.noSuchCountry");
        }
    }

    private void checkDesk(long countryId) {
        currentUser.desk().require(countryId, "You can create follow-ups for your desk countries only.");
    }

    private void checkOwner(long ownerId) {
        UserRef owner =
                users.user(ownerId).orElseThrow(() -> RuleViolationException.because("refusal.followup.noSuchOwner"));
        if (!owner.worksOnOutreach()) {
            throw RuleViolationException.because("refusal.followup.ownerCannotOwn", owner.displayName());
        }
    }

    private void checkDueDate(LocalDate dueDate) {
        if (dueDate.isBefore(today().minusYears(1)) || dueDate.isAfter(today().plusYears(5))) {
            throw RuleViolationException.because("refusal.followup.dueDateRange");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
