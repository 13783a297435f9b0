package org.outreachtracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SignedInUser;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditRecord;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChanges;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.DeletedRecord;
import org.outreachtracker.base.NotPermittedException;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.ObjectionRef;
import org.outreachtracker.campaign.RaisedTalkingPoints;
import org.outreachtracker.campaign.TalkingPointRef;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.followup.CommitmentService;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Meetings: logging them, changing them, finding them. Desk officers and managers read every
 * meeting (so nobody approaches the same office twice). A desk officer logs meetings for their
 * desk countries and changes only meetings they reported; a manager logs and changes any.
 */
@Service
@Validated
@Transactional
public class MeetingService implements RaisedTalkingPoints {

    private final MeetingRepository meetings;
    private final MeetingQueries queries;
    private final ApplicationEventPublisher events;
    private final CampaignService campaigns;
    private final CounterpartService counterparts;
    private final FollowUpService followUps;
    private final CommitmentService commitments;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final MeetingProperties properties;
    private final Clock clock;
    private final AuditLog audit;
    private final UnsavedMeetingRepository unsaved;
    private final MeetingDocuments documents;

    MeetingService(
            MeetingRepository meetings,
            MeetingQueries queries,
            ApplicationEventPublisher events,
            CampaignService campaigns,
            CounterpartService counterparts,
            FollowUpService followUps,
            CommitmentService commitments,
            ReferenceService reference,
            CurrentUser currentUser,
            MeetingProperties properties,
            Clock clock,
            AuditLog audit,
            UnsavedMeetingRepository unsaved,
            MeetingDocuments documents) {
        this.documents = documents;
        this.audit = audit;
        this.unsaved = unsaved;
        this.meetings = meetings;
        this.queries = queries;
        this.events = events;
        this.campaigns = campaigns;
        this.counterparts = counterparts;
        this.followUps = followUps;
        this.commitments = commitments;
        this.reference = reference;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** A page of meetings matching the filter, with the total count. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Page<MeetingRow> search(MeetingFilter filter, Pageable pageable) {
        return queries.search(filter, pageable);
    }

    /**
     * A page of meetings matching the filter, without the total: for lazy lists, which count once
     * ({@link #count}) and then ask for pages as they scroll. {@code total} is that count (pages
     * in the second half of the list are read from its other end), or negative when not known.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<MeetingRow> page(MeetingFilter filter, Pageable pageable, long total) {
        return queries.page(filter, pageable, total);
    }

    /** How many meetings match the filter. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public long count(MeetingFilter filter) {
        return queries.count(filter);
    }

    /**
     * Whether counting the filter's meetings may take seconds (its text holds words that many
     * meetings hold): a list then shows its first page at once and the count when it is known.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public boolean countMayTakeLong(MeetingFilter filter) {
        return queries.countReadsManyMatches(filter);
    }

    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Optional<MeetingDetails> meeting(long id) {
        return meetings.findById(id).filter(m -> !m.isDeleted()).map(Meeting::toDetails);
    }

    /** The documents left at a meeting, with the files the signed-in user may download; empty for a deleted one. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<DocumentLeftRow> documentsLeft(long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> !m.isDeleted())
                .map(documents::rows)
                .orElse(List.of());
    }

    /** Whether the signed-in user may change this meeting. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public boolean mayEdit(long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> !m.isDeleted())
                .map(m -> mayEdit(currentUser.require(), m))
                .orElse(false);
    }

    /**
     * Earlier meetings, by anyone, with any of these counterparts within the configured number of
     * days of {@code date} (today when null), leaving out the meeting being edited.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<RecentApproach> recentApproaches(
            Collection<Long> counterpartIds, LocalDate date, Long excludeMeetingId) {
        return queries.recentApproaches(
                counterpartIds,
                date == null ? LocalDate.now(clock) : date,
                properties.recentApproachDays(),
                excludeMeetingId);
    }

    /**
     * The people who met any of the logged meeting's counterparts from {@code since} on, at other
     * posts: whom to tell that another post met "their" counterpart. For the application's own work.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public List<CounterpartMetElsewhere> metElsewhere(MeetingLogged logged, LocalDate since) {
        return queries.metElsewhere(logged.counterpartIds(), logged.postId(), logged.reportedById(), since);
    }

    /** What the meetings with these ids say, by id (for exports that carry it). */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Map<Long, MeetingText> texts(Collection<Long> meetingIds) {
        return queries.texts(meetingIds);
    }

    /** The counterparts met together with a counterpart, most meetings together first (at most {@code limit}). */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<MetTogether> colleaguesOf(long counterpartId, int limit) {
        return queries.colleaguesOf(counterpartId, limit);
    }

    /** Our officers who met a counterpart, each with their post, most meetings first (at most {@code limit}). */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<MetTogether> officersWhoMet(long counterpartId, int limit) {
        return queries.officersWhoMet(counterpartId, limit);
    }

    /** The ids of the campaign's talking points raised in at least one meeting. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    @Override
    public Set<Long> raisedPointIds(long campaignId) {
        return Set.copyOf(meetings.findRaisedPointIds(campaignId));
    }

    /** The counterparts met in a campaign in a country. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Set<Long> counterpartsMet(long campaignId, long countryId) {
        return Set.copyOf(meetings.findCounterpartsMet(campaignId, countryId));
    }

    /** The handling markings a meeting can carry; the first is the default. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public List<String> handlingMarkings() {
        return properties.handlingMarkings();
    }

    /**
     * The handling markings of the meetings that match the filter, each once: what a product made
     * from them (an export, a brief) must be marked with, at least.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Set<String> handlingMarkingsOf(MeetingFilter filter) {
        return Set.copyOf(queries.handlingMarkings(filter));
    }

    /** The handling marking of each of these meetings, by id (deleted meetings too: what came from them keeps it). */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Map<Long, String> handlingMarkingsOf(Collection<Long> meetingIds) {
        return meetingIds.isEmpty() ? Map.of() : Map.copyOf(queries.handlingMarkings(meetingIds));
    }

    /** How many days around a meeting an earlier approach to the same counterpart is reported. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public int recentApproachDays() {
        return properties.recentApproachDays();
    }

    /**
     * Logs a meeting with its follow-ups and the new counterparts met, all or nothing; returns
     * the meeting's id.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public long log(@Valid MeetingDraft given) {
        SignedInUser user = currentUser.require();
        Checked checked = checkDraft(user, given, null);
        CampaignDetails campaign = checked.campaign();
        requireActive(campaign);
        MeetingDraft draft = withNewCounterparts(
                given.pointsVersion() == null ? given.withPointsVersion(campaign.currentPointsVersion()) : given);
        checked = withMet(checked, draft);
        var meeting = new Meeting(user.id());
        meeting.apply(draft, delivered(draft, campaign, List.of()));
        long id = meetings.save(meeting).requireId();
        documents.link(id, draft);
        audit.changed(
                AuditAction.CREATED,
                AuditedObject.MEETING,
                id,
                FieldChanges.between(null, audited(meeting.toDetails(), checked)));
        followUps.createForMeeting(id, draft.campaignId(), draft.countryId(), draft.followUps());
        commitments.createForMeeting(id, draft.campaignId(), draft.countryId(), draft.commitments());
        unsaved.delete(user.id(), UnsavedMeetingService.key(null));
        // Last: what the listeners keep (counts) is held only until the commit right after.
        events.publishEvent(MeetingChanged.added(id, MeetingFacts.of(meeting)));
        events.publishEvent(new MeetingLogged(
                id,
                meeting.getPostId(),
                meeting.getReportedById(),
                meeting.getMeetingDate(),
                meeting.getCounterpartIds(),
                meeting.getHandlingMarking()));
        return id;
    }

    /**
     * Saves changes to a meeting opened at the given version, and creates the draft's new
     * follow-ups. Points already raised keep the wording recorded when they were delivered.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public void update(long id, long version, @Valid MeetingDraft given) {
        SignedInUser user = currentUser.require();
        Meeting meeting = meetings.findById(id)
                .filter(m -> !m.isDeleted())
                .orElseThrow(() -> RuleViolationException.because("refusal.meeting.gone"));
        if (!mayEdit(user, meeting)) {
            throw new NotPermittedException("Only the officer who reported this meeting or a manager can change it.");
        }
        if (meeting.getVersion() != version) {
            throw new ConcurrentChangeException("meeting");
        }
        Checked checked = checkDraft(user, given, meeting.getPostId());
        CampaignDetails campaign = checked.campaign();
        if (campaign.id() != meeting.getCampaignId()) {
            // Moving a meeting to another campaign logs it there: only into an active one.
            requireActive(campaign);
        }
        MeetingDraft draft = withNewCounterparts(withPointsVersion(given, campaign, meeting));
        checked = withMet(checked, draft);
        MeetingDetails previous = meeting.toDetails();
        AuditRecord before = audited(previous, namesBefore(previous, checked));
        MeetingFacts factsBefore = MeetingFacts.of(meeting);
        meeting.apply(draft, delivered(draft, campaign, meeting.getPoints()));
        try {
            meetings.saveAndFlush(meeting);
        } catch (OptimisticLockingFailureException stale) {
            throw new ConcurrentChangeException("meeting");
        }
        documents.link(id, draft);
        audit.changed(
                AuditAction.CHANGED,
                AuditedObject.MEETING,
                id,
                FieldChanges.between(before, audited(meeting.toDetails(), checked)));
        followUps.createForMeeting(id, draft.campaignId(), draft.countryId(), draft.followUps());
        commitments.createForMeeting(id, draft.campaignId(), draft.countryId(), draft.commitments());
        unsaved.delete(user.id(), UnsavedMeetingService.key(id));
        events.publishEvent(new MeetingChanged(id, factsBefore, MeetingFacts.of(meeting)));
    }

    /**
     * Deletes a meeting: it disappears from lists and figures and a manager can restore it.
     * Who may change a meeting may delete it.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public void delete(long id, long version) {
        SignedInUser user = currentUser.require();
        Meeting meeting = meetings.findById(id)
                .filter(m -> !m.isDeleted())
                .orElseThrow(() -> RuleViolationException.because("refusal.meeting.gone"));
        if (!mayEdit(user, meeting)) {
            throw new NotPermittedException("Only the officer who reported this meeting or a manager can delete it.");
        }
        if (meeting.getVersion() != version) {
            throw new ConcurrentChangeException("meeting");
        }
        meeting.delete(clock.instant(), user.username());
        saveChecked(meeting);
        audit.changed(
                AuditAction.DELETED,
                AuditedObject.MEETING,
                id,
                meeting.toDeleted().description());
        events.publishEvent(MeetingChanged.removed(id, MeetingFacts.of(meeting)));
    }

    /** Brings a deleted meeting back; managers only. */
    @RolesAllowed(Roles.MANAGER)
    public void restore(long id, long version) {
        Meeting meeting = meetings.findById(id)
                .filter(Meeting::isDeleted)
                .orElseThrow(() -> RuleViolationException.because("refusal.meeting.notDeleted"));
        if (meeting.getVersion() != version) {
            throw new ConcurrentChangeException("meeting");
        }
        meeting.restore();
        saveChecked(meeting);
        audit.changed(
                AuditAction.RESTORED,
                AuditedObject.MEETING,
                id,
                meeting.toDeleted().description());
        events.publishEvent(MeetingChanged.added(id, MeetingFacts.of(meeting)));
    }

    /** Deleted meetings, most recently deleted first; managers only. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public Page<DeletedRecord> deleted(Pageable pageable) {
        return meetings.findByDeletedAtIsNotNull(org.springframework.data.domain.PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        org.springframework.data.domain.Sort.by(
                                        org.springframework.data.domain.Sort.Direction.DESC, "deletedAt")
                                .and(org.springframework.data.domain.Sort.by("id"))))
                .map(Meeting::toDeleted);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public long countDeleted() {
        return meetings.countByDeletedAtIsNotNull();
    }

    /**
     * The draft with its new counterparts in the directory: each is added, or, when the directory
     * already lists the same person, that entry is used. Runs in the meeting's transaction, so a
     * meeting that is not saved adds nobody.
     */
    private MeetingDraft withNewCounterparts(MeetingDraft draft) {
        if (draft.newCounterparts().isEmpty()) {
            return draft;
        }
        Set<Long> ids = new HashSet<>(draft.counterpartIds());
        for (CounterpartDraft person : draft.newCounterparts()) {
            if (!draft.countryId().equals(person.countryId())) {
                throw RuleViolationException.because("refusal.meeting.counterpartCountry");
            }
            ids.add(counterparts.createUnlessListed(person).id());
        }
        return draft.withCounterparts(ids);
    }

    /** What the draft refers to, with the counterparts it names once the new ones are in the directory. */
    private Checked withMet(Checked checked, MeetingDraft draft) {
        return checked.met().size() == draft.counterpartIds().size()
                ? checked
                : new Checked(checked.campaign(), checked.post(), counterparts.counterparts(draft.counterpartIds()));
    }

    private void saveChecked(Meeting meeting) {
        try {
            meetings.saveAndFlush(meeting);
        } catch (OptimisticLockingFailureException stale) {
            throw new ConcurrentChangeException("meeting");
        }
    }

    private static void requireActive(CampaignDetails campaign) {
        if (campaign.status() != CampaignStatus.ACTIVE) {
            throw RuleViolationException.because(
                    campaign.status() == CampaignStatus.DRAFT
                            ? "refusal.meeting.campaignDraft"
                            : "refusal.meeting.campaignClosed",
                    campaign.title());
        }
    }

    private boolean mayEdit(SignedInUser user, Meeting meeting) {
        return user.hasRole(Role.MANAGER) || user.hasRole(Role.DESK_OFFICER) && meeting.getReportedById() == user.id();
    }

    /**
     * Checks what the draft refers to; {@code keptPostId} is the post the meeting already has
     * (null for a new meeting), which stays acceptable after the post was closed. Returns what
     * the draft refers to.
     */
    private Checked checkDraft(SignedInUser user, MeetingDraft draft, Long keptPostId) {
        CampaignDetails campaign = campaigns
                .campaign(draft.campaignId())
                .orElseThrow(() -> RuleViolationException.because("refusal.meeting.noSuchCampaign"));
        if (reference.country(draft.countryId()).isEmpty()) {
            throw RuleViolationException.because("refusal.meeting.noSuchCountry");
        }
        currentUser.desk().require(draft.countryId(), "You can log meetings for your desk countries only.");
        if (draft.partnerOnly() && draft.partners().isEmpty()) {
            throw RuleViolationException.because("refusal.meeting.namePartner");
        }
        PostRef post = reference.posts().stream()
                .filter(p -> p.id() == draft.postId())
                .findFirst()
                .orElseThrow(() -> RuleViolationException.because("refusal.meeting.noSuchPost"));
        if (!post.active() && !Long.valueOf(post.id()).equals(keptPostId)) {
            throw RuleViolationException.because("refusal.meeting.postClosed", post.name());
        }
        int pointsVersions = campaign.currentPointsVersion();
        if (draft.pointsVersion() != null && (draft.pointsVersion() < 1 || draft.pointsVersion() > pointsVersions)) {
            throw pointsVersions == 1
                    ? RuleViolationException.because(
                            "refusal.meeting.noSuchVersionOnlyOne", String.valueOf(draft.pointsVersion()))
                    : RuleViolationException.because(
                            "refusal.meeting.noSuchVersion",
                            String.valueOf(draft.pointsVersion()),
                            String.valueOf(pointsVersions));
        }
        Set<Long> expected = campaigns.objections(campaign.id()).stream()
                .map(ObjectionRef::id)
                .collect(java.util.stream.Collectors.toSet());
        if (!expected.containsAll(draft.objectionIds())) {
            throw RuleViolationException.because("refusal.meeting.unexpectedObjection");
        }
        LocalDate today = LocalDate.now(clock);
        if (draft.meetingDate().isAfter(today)) {
            throw RuleViolationException.because("refusal.meeting.dateInFuture");
        }
        if (draft.meetingDate().isBefore(campaign.issueDate())) {
            throw RuleViolationException.because(
                    "refusal.meeting.dateBeforeIssue", java.sql.Date.valueOf(campaign.issueDate()));
        }
        List<CounterpartRef> met = counterparts.counterparts(draft.counterpartIds());
        if (met.size() != draft.counterpartIds().size()) {
            throw RuleViolationException.because("refusal.meeting.counterpartsGone");
        }
        if (met.stream().anyMatch(c -> c.countryId() != draft.countryId())) {
            throw RuleViolationException.because("refusal.meeting.counterpartCountry");
        }
        if (!properties.handlingMarkings().contains(draft.handlingMarking())) {
            throw RuleViolationException.because(
                    "refusal.meeting.handlingMarking", String.join(", ", properties.handlingMarkings()));
        }
        return new Checked(campaign, post, met);
    }

    /** What a draft refers to, once checked: its campaign, post and counterparts. */
    private record Checked(CampaignDetails campaign, PostRef post, List<CounterpartRef> met) {}

    /** What a meeting referred to before a change, reusing what the change refers to where it is the same. */
    private Checked namesBefore(MeetingDetails meeting, Checked now) {
        CampaignDetails campaign = meeting.campaignId() == now.campaign().id()
                ? now.campaign()
                : campaigns.campaign(meeting.campaignId()).orElse(null);
        PostRef post = meeting.postId() == now.post().id()
                ? now.post()
                : reference.posts().stream()
                        .filter(p -> p.id() == meeting.postId())
                        .findFirst()
                        .orElse(null);
        Set<Long> metNow = now.met().stream().map(CounterpartRef::id).collect(Collectors.toSet());
        List<CounterpartRef> met = meeting.counterpartIds().equals(metNow)
                ? now.met()
                : counterparts.counterparts(meeting.counterpartIds());
        return new Checked(campaign, post, met);
    }

    /**
     * A meeting as the audit trail records it: under the labels of the meeting form, with names
     * instead of ids and labels instead of constants, as they are now (the trail keeps them as
     * they were, however the records are renamed or deleted later).
     */
    private AuditRecord audited(MeetingDetails meeting, Checked refs) {
        String country =
                reference.country(meeting.countryId()).map(CountryRef::name).orElse("");
        return AuditRecord.of()
                .with("Campaign", refs.campaign() == null ? "" : refs.campaign().title())
                .with("Country", country)
                .with("Post", refs.post() == null ? "" : refs.post().name())
                .with("Date", meeting.meetingDate())
                .with("Format", meeting.format())
                .with("Delivered by", meeting.deliveredBy())
                .with("Delivered jointly with", new java.util.TreeSet<>(meeting.partners()))
                .with("By a partner without us", meeting.partnerOnly())
                .with(
                        "Counterparts met",
                        refs.met().stream().map(CounterpartRef::name).collect(Collectors.toSet()))
                .with("Talking points version", "Version " + meeting.pointsVersion())
                .with(
                        "Points raised",
                        meeting.points().stream()
                                .sorted(java.util.Comparator.comparingInt(DeliveredPoint::position))
                                .map(p -> p.position() + ". " + p.label() + ": "
                                        + p.reaction().label())
                                .toList())
                .with("Overall response", OverallResponse.labelOf(meeting.overallResponse()))
                .with("Summary", meeting.summary())
                .with("In their own words", meeting.responseQuote())
                .with("Handling marking", meeting.handlingMarking());
    }

    /**
     * The draft with the version of the points it delivered: as given, else the meeting's own when
     * it stays in its campaign, else the current version of the campaign it moves to.
     */
    private static MeetingDraft withPointsVersion(MeetingDraft given, CampaignDetails campaign, Meeting meeting) {
        if (given.pointsVersion() != null) {
            return given;
        }
        return given.withPointsVersion(
                campaign.id() == meeting.getCampaignId()
                        ? meeting.getPointsVersion()
                        : campaign.currentPointsVersion());
    }

    /**
     * The points raised, with their wording: kept from {@code earlier} for points already
     * recorded as delivered, taken from the campaign for newly raised ones.
     */
    private static List<DeliveredPoint> delivered(
            MeetingDraft draft, CampaignDetails campaign, List<DeliveredPoint> earlier) {
        Map<Long, TalkingPointRef> current = new HashMap<>();
        campaign.points(draft.pointsVersion()).forEach(point -> current.put(point.id(), point));
        Set<Long> otherVersions =
                campaign.points().stream().map(TalkingPointRef::id).collect(Collectors.toSet());
        Map<Long, DeliveredPoint> recorded = new HashMap<>();
        earlier.forEach(point -> recorded.put(point.talkingPointId(), point));
        Set<Long> seen = new HashSet<>();
        List<DeliveredPoint> result = new ArrayList<>();
        for (MeetingDraft.PointRaised raised : draft.raisedPoints()) {
            long pointId = raised.talkingPointId();
            if (!seen.add(pointId)) {
                throw RuleViolationException.because("refusal.meeting.pointTwice");
            }
            TalkingPointRef point = current.get(pointId);
            if (point == null && otherVersions.contains(pointId)) {
                throw RuleViolationException.because(
                        "refusal.meeting.pointNotInVersion", String.valueOf(draft.pointsVersion()));
            }
            if (point == null) {
                // Checked before reusing recorded wording: a meeting moved to another campaign
                // must not keep points of the campaign it came from.
                throw RuleViolationException.because("refusal.meeting.pointOtherCampaign");
            }
            DeliveredPoint before = recorded.get(pointId);
            if (before != null) {
                result.add(new DeliveredPoint(
                        pointId, before.position(), before.label(), before.text(), raised.reaction()));
                continue;
            }
            result.add(new DeliveredPoint(pointId, point.position(), point.label(), point.text(), raised.reaction()));
        }
        result.sort(java.util.Comparator.comparingInt(DeliveredPoint::position));
        return result;
    }
}
