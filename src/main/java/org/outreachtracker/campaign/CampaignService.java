package org.outreachtracker.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditRecord;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.audit.FieldChanges;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Campaigns and their talking points. Desk officers and managers read them; managers create
 * and change them.
 */
@Service
@Validated
@Transactional
public class CampaignService {

    private final CampaignRepository campaigns;
    private final TalkingPointRepository points;
    private final ReferenceService reference;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ExpectedObjectionRepository objections;

    CampaignService(
            CampaignRepository campaigns,
            TalkingPointRepository points,
            ReferenceService reference,
            AuditLog audit,
            ApplicationEventPublisher events,
            ExpectedObjectionRepository objections) {
        this.campaigns = campaigns;
        this.points = points;
        this.reference = reference;
        this.audit = audit;
        this.events = events;
        this.objections = objections;
    }

    /** The objections the campaign expects, in the order the managers listed them. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<ObjectionRef> objections(long campaignId) {
        return objections.findByCampaignIdOrderByPosition(campaignId).stream()
                .map(ExpectedObjection::toRef)
                .toList();
    }

    /** Adds an objection the campaign expects, after the last one; the same wording twice is refused. */
    @RolesAllowed(Roles.MANAGER)
    public ObjectionRef addObjection(long campaignId, @Valid ObjectionDraft draft) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> notFound());
        String text = draft.text().strip();
        if (objections.existsWithText(campaignId, text)) {
            throw RuleViolationException.because("refusal.campaign.objectionTwice", text);
        }
        int position = objections.findLastPosition(campaignId) + 1;
        ObjectionRef added = objections
                .save(new ExpectedObjection(campaignId, position, text))
                .toRef();
        audit.changed(
                AuditAction.CHANGED,
                AuditedObject.CAMPAIGN,
                campaignId,
                FieldChanges.between(
                        AuditRecord.of().with("Campaign", campaign.getTitle()).with("Expected objection added", null),
                        AuditRecord.of().with("Campaign", campaign.getTitle()).with("Expected objection added", text)));
        return added;
    }

    /** A page of campaigns in the order the pageable asks for. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Page<CampaignSummary> campaigns(Pageable pageable) {
        return campaigns.findSummaries(pageable);
    }

    /** Campaigns in the given states, newest first (a short list: for pickers and filters). */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<CampaignSummary> campaignsIn(Set<CampaignStatus> statuses) {
        return campaigns.findSummariesByStatus(List.copyOf(statuses));
    }

    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public Optional<CampaignDetails> campaign(long id) {
        return campaigns.findById(id).map(this::details);
    }

    /** The campaign's current talking points, in order: those new meetings deliver. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<TalkingPointRef> points(long campaignId) {
        return points(campaignId, points.findCurrentPointsVersion(campaignId));
    }

    /** The talking points of one version of a campaign's points, in order; earlier versions stay readable. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<TalkingPointRef> points(long campaignId, int pointsVersion) {
        return points.findByCampaignIdAndPointsVersionOrderByPosition(campaignId, pointsVersion).stream()
                .map(TalkingPoint::toRef)
                .toList();
    }

    /**
     * Issues a revised set of talking points as the campaign's next version and returns its
     * number. New meetings deliver it; meetings that delivered an earlier version keep theirs,
     * and the earlier points stay readable. A closed campaign's points are final.
     */
    @RolesAllowed(Roles.MANAGER)
    public int issueRevisedPoints(long campaignId, List<@Valid PointDraft> revised) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> notFound());
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            throw RuleViolationException.because("refusal.campaign.closedPoints");
        }
        if (revised.isEmpty()) {
            throw RuleViolationException.because("refusal.campaign.revisedEmpty");
        }
        int previous = points.findCurrentPointsVersion(campaignId);
        int next = previous + 1;
        int position = 1;
        for (PointDraft draft : revised) {
            points.save(new TalkingPoint(campaignId, next, position++, draft));
        }
        points.flush();
        audit.changed(
                AuditAction.CHANGED,
                AuditedObject.CAMPAIGN,
                campaignId,
                FieldChanges.between(
                        AuditRecord.of().with("Talking points version", previous),
                        AuditRecord.of()
                                .with("Talking points version", next)
                                .with(
                                        "Talking points",
                                        revised.stream()
                                                .map(PointDraft::label)
                                                .map(String::strip)
                                                .toList())));
        return next;
    }

    /** Creates a campaign; returns its id. */
    @RolesAllowed(Roles.MANAGER)
    public long create(@Valid CampaignDraft draft) {
        checkTargets(draft);
        long id = campaigns.save(new Campaign(draft)).requireId();
        audit.changed(AuditAction.CREATED, AuditedObject.CAMPAIGN, id, FieldChanges.between(null, audited(draft)));
        events.publishEvent(new CampaignChanged(id, null, draft));
        return id;
    }

    /** Saves changes to a campaign opened at the given version. */
    @RolesAllowed(Roles.MANAGER)
    public void update(long id, long version, @Valid CampaignDraft draft) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> notFound());
        if (campaign.getVersion() != version) {
            throw new ConcurrentChangeException("campaign");
        }
        checkTargets(draft);
        CampaignDraft before = campaign.toDraft();
        campaign.apply(draft);
        flush(() -> campaigns.saveAndFlush(campaign), "campaign");
        audit.changed(
                AuditAction.CHANGED,
                AuditedObject.CAMPAIGN,
                id,
                FieldChanges.between(audited(before), audited(campaign.toDraft())));
        events.publishEvent(new CampaignChanged(id, before, campaign.toDraft()));
    }

    /** Adds a talking point after the last one. */
    @RolesAllowed(Roles.MANAGER)
    public TalkingPointRef addPoint(long campaignId, @Valid PointDraft draft) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> notFound());
        int pointsVersion = points.findCurrentPointsVersion(campaignId);
        int position = points.findLastPosition(campaignId, pointsVersion) + 1;
        TalkingPointRef added = points.save(new TalkingPoint(campaignId, pointsVersion, position, draft))
                .toRef();
        audit.changed(
                AuditAction.CREATED,
                AuditedObject.TALKING_POINT,
                added.id(),
                FieldChanges.between(
                        null,
                        AuditRecord.of()
                                .with("Campaign", campaign.getTitle())
                                .with("Position", position)
                                .with("Label", draft.label())
                                .with("Text", draft.text())));
        return added;
    }

    /**
     * Changes a point's label or text. Meetings that already raised it keep the wording they
     * recorded as delivered.
     */
    @RolesAllowed(Roles.MANAGER)
    public void updatePoint(long pointId, long version, @Valid PointDraft draft) {
        TalkingPoint point = points.findById(pointId)
                .orElseThrow(() -> RuleViolationException.because("refusal.campaign.pointGone"));
        if (point.getVersion() != version) {
            throw new ConcurrentChangeException("talking point");
        }
        PointDraft before = point.toDraft();
        point.apply(draft);
        flush(() -> points.saveAndFlush(point), "talking point");
        audit.changed(
                AuditAction.CHANGED,
                AuditedObject.TALKING_POINT,
                pointId,
                FieldChanges.between(audited(before), audited(point.toDraft())));
    }

    /** Moves a point one place up (-1) or down (+1) in its campaign's order. */
    @RolesAllowed(Roles.MANAGER)
    public void movePoint(long pointId, int direction) {
        TalkingPoint point = points.findById(pointId)
                .orElseThrow(() -> RuleViolationException.because("refusal.campaign.pointGone"));
        List<TalkingPoint> ordered =
                points.findByCampaignIdAndPointsVersionOrderByPosition(point.getCampaignId(), point.getPointsVersion());
        int index = ordered.indexOf(point);
        int target = index + Integer.signum(direction);
        if (direction == 0 || target < 0 || target >= ordered.size()) {
            return;
        }
        TalkingPoint other = ordered.get(target);
        int position = point.getPosition();
        point.setPosition(other.getPosition());
        other.setPosition(position);
        audit.changed(
                AuditAction.CHANGED,
                AuditedObject.TALKING_POINT,
                pointId,
                List.of(new FieldChange("Position", String.valueOf(position), String.valueOf(point.getPosition()))));
    }

    /** Removes a point that no meeting has raised yet. */
    @RolesAllowed(Roles.MANAGER)
    public void removePoint(long pointId) {
        TalkingPoint point = points.findById(pointId)
                .orElseThrow(() -> RuleViolationException.because("refusal.campaign.pointGone"));
        try {
            points.delete(point);
            points.flush();
            audit.changed(
                    AuditAction.DELETED,
                    AuditedObject.TALKING_POINT,
                    pointId,
                    FieldChanges.removed(audited(point.toDraft())));
        } catch (DataIntegrityViolationException raised) {
            throw RuleViolationException.because("refusal.campaign.pointRaised");
        }
    }

    /** A campaign as the audit trail records it: the form's labels, country names, the status's label. */
    private AuditRecord audited(CampaignDraft draft) {
        Object targets;
        if (draft.allCountries()) {
            targets = "All countries";
        } else {
            Set<Long> ids = draft.targetCountryIds();
            targets = reference.countries().stream()
                    .filter(c -> ids.contains(c.id()))
                    .map(CountryRef::name)
                    .collect(java.util.stream.Collectors.toSet());
        }
        return AuditRecord.of()
                .with("Title", draft.title())
                .with("Instruction reference", draft.cableReference())
                .with("Objective", draft.objective())
                .with("Issue date", draft.issueDate())
                .with("Report by", draft.deadline())
                .with("Minimum counterpart level", draft.minimumLevel())
                .with("Status", draft.status())
                .with("Target countries", targets);
    }

    private static AuditRecord audited(PointDraft point) {
        return AuditRecord.of().with("Label", point.label()).with("Text", point.text());
    }

    private CampaignDetails details(Campaign campaign) {
        return new CampaignDetails(
                campaign.requireId(),
                campaign.getVersion(),
                campaign.getTitle(),
                campaign.getCableReference(),
                campaign.getObjective(),
                campaign.getIssueDate(),
                campaign.getDeadline(),
                campaign.getStatus(),
                campaign.isAllCountries(),
                campaign.getTargetCountryIds(),
                points.findByCampaignIdOrderByPointsVersionAscPositionAsc(campaign.requireId()).stream()
                        .map(TalkingPoint::toRef)
                        .toList(),
                campaign.getMinimumLevel());
    }

    private void checkTargets(CampaignDraft draft) {
        if (draft.allCountries()) {
            return;
        }
        Set<Long> known = new HashSet<>();
        for (CountryRef country : reference.countries()) {
            known.add(country.id());
        }
        if (!known.containsAll(draft.targetCountryIds())) {
            throw RuleViolationException.because("refusal.campaign.noSuchTargetCountry");
        }
    }

    private static void flush(Runnable save, String what) {
        try {
            save.run();
        } catch (OptimisticLockingFailureException stale) {
            throw new ConcurrentChangeException(what);
        }
    }

    private static RuleViolationException notFound() {
        return RuleViolationException.because("refusal.campaign.gone");
    }
}
