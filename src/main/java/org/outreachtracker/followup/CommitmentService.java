package org.outreachtracker.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What host governments committed to in meetings: recorded with the meeting, each with an owner
 * who checks back on its date and records the outcome (kept, partly kept, not kept). Open
 * commitments whose check-back date has come are due, and are listed with the follow-ups.
 */
@Service
@Validated
@Transactional
public class CommitmentService {

    static final int NOTE_MAX = 2000;

    private final CommitmentRepository commitments;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog audit;
    private final CommitmentSearch search;

    CommitmentService(
            CommitmentRepository commitments,
            UserAccountService users,
            CurrentUser currentUser,
            Clock clock,
            AuditLog audit,
            CommitmentSearch search) {
        this.search = search;
        this.commitments = commitments;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    /** The commitments recorded with a meeting, in the order they were entered. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<CommitmentRef> forMeeting(long meetingId) {
        LocalDate today = today();
        return commitments.findByMeetingIdOrderById(meetingId).stream()
                .map(c -> c.toRef(today))
                .toList();
    }

    /** The commitments recorded with any of these meetings, in the order they were entered. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<CommitmentRef> forMeetings(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return commitments.findByMeetingIdInOrderByIdAsc(meetingIds).stream()
                .map(c -> c.toRef(today))
                .toList();
    }

    /** A country's commitments, in every campaign, latest check-back date first (the country brief). */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<CommitmentRef> forCountry(long countryId) {
        LocalDate today = today();
        return commitments.findByCountryIdOrderByCheckBackDateDescIdDesc(countryId).stream()
                .map(c -> c.toRef(today))
                .toList();
    }

    /** The open commitments whose check-back date has come, earliest first: every one for a manager, one's own for an officer. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<CommitmentRef> due() {
        LocalDate today = today();
        SignedInUser user = currentUser.require();
        List<Commitment> due = user.hasRole(Role.MANAGER)
                ? commitments.findByOutcomeAndCheckBackDateLessThanEqualOrderByCheckBackDateAscIdAsc(
                        CommitmentOutcome.OPEN, today)
                : commitments.findByOwnerIdAndOutcomeAndCheckBackDateLessThanEqualOrderByCheckBackDateAscIdAsc(
                        user.id(), CommitmentOutcome.OPEN, today);
        return due.stream().map(c -> c.toRef(today)).toList();
    }

    /**
     * Records the commitments made at a meeting, in the meeting's transaction, and keeps its
     * earlier ones with its campaign and country when those were corrected.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public void createForMeeting(long meetingId, long campaignId, long countryId, List<@Valid CommitmentDraft> drafts) {
        LocalDate today = today();
        for (CommitmentDraft draft : drafts) {
            checkOwner(draft.ownerId());
            if (draft.checkBackDate().isBefore(today.minusYears(1))
                    || draft.checkBackDate().isAfter(today.plusYears(5))) {
                throw RuleViolationException.because("refusal.followup.checkBackRange");
            }
        }
        currentUser.desk().require(countryId, "You can record commitments for your desk countries only.");
        for (Commitment earlier : commitments.findByMeetingIdOrderById(meetingId)) {
            CommitmentRef before = earlier.toRef(today);
            if (before.campaignId() != campaignId || before.countryId() != countryId) {
                earlier.moveTo(campaignId, countryId);
                audited(AuditAction.CHANGED, before, earlier.toRef(today));
            }
        }
        for (CommitmentDraft draft : drafts) {
            checkOwner(draft.ownerId());
            if (draft.checkBackDate().isBefore(today.minusYears(1))
                    || draft.checkBackDate().isAfter(today.plusYears(5))) {
                throw RuleViolationException.because("refusal.followup.checkBackRange");
            }
            audited(
                    AuditAction.CREATED,
                    null,
                    commitments
                            .save(new Commitment(campaignId, countryId, meetingId, draft))
                            .toRef(today));
        }
    }

    /**
     * The owner (or a manager) checked back: the commitment was kept, partly kept or not kept, or
     * is open again. Partly kept and not kept need a note saying what is missing.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public CommitmentRef recordOutcome(long id, long version, CommitmentOutcome outcome, String note) {
        if (outcome == null) {
            throw RuleViolationException.because("refusal.followup.chooseOutcome");
        }
        Commitment commitment = commitments
                .findById(id)
                .orElseThrow(() -> RuleViolationException.because("refusal.followup.commitmentGone"));
        SignedInUser user = currentUser.require();
        if (!user.hasRole(Role.MANAGER) && commitment.getOwnerId() != user.id()) {
            throw new NotPermittedException("Only the owner of this commitment or a manager can record its outcome.");
        }
        if (commitment.getVersion() != version) {
            throw new ConcurrentChangeException("commitment");
        }
        if (outcome.needsNote() && (note == null || note.isBlank())) {
            throw RuleViolationException.because(
                    outcome == CommitmentOutcome.PARTLY_KEPT
                            ? "refusal.followup.notePartlyKept"
                            : "refusal.followup.noteNotKept");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw RuleViolationException.because("refusal.followup.noteTooLong");
        }
        CommitmentRef before = commitment.toRef(today());
        commitment.recordOutcome(outcome, note, clock.instant());
        try {
            return audited(
                    AuditAction.CHANGED,
                    before,
                    commitments.saveAndFlush(commitment).toRef(today()));
        } catch (OptimisticLockingFailureException stale) {
            throw new ConcurrentChangeException("commitment");
        }
    }

    private CommitmentRef audited(AuditAction action, CommitmentRef before, CommitmentRef after) {
        search.reindex(after.id());
        audit.changed(
                action,
                AuditedObject.COMMITMENT,
                after.id(),
                FieldChanges.between(before == null ? null : audited(before), audited(after)));
        return after;
    }

    private AuditRecord audited(CommitmentRef commitment) {
        return AuditRecord.of()
                .with("Meeting", "Meeting " + commitment.meetingId())
                .with("Commitment", commitment.description())
                .with(
                        "Owner",
                        users.user(commitment.ownerId())
                                .map(UserRef::displayName)
                                .orElse(""))
                .with("Check back on", commitment.checkBackDate())
                .with("Outcome", commitment.outcome())
                .with("Note", commitment.outcomeNote());
    }

    private void checkOwner(long ownerId) {
        UserRef owner =
                users.user(ownerId).orElseThrow(() -> RuleViolationException.because("refusal.followup.noSuchOwner"));
        if (!owner.worksOnOutreach()) {
            throw RuleViolationException.because("refusal.followup.ownerCannotCheckBack", owner.displayName());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
