package org.outreachtracker.tasking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.SignedInUser;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditRecord;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChanges;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.stereotype.Component;

/**
 * Writes down what happens to a tasking, for the service and the listeners alike: the state it
 * entered and the day that counts for (the per-day history), and the audit trail's before and after.
 * Runs in the caller's transaction.
 */
@Component
class TaskingRecorder {

    private final TaskingRepository taskings;
    private final TaskingStateChangeRepository history;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    TaskingRecorder(
            TaskingRepository taskings,
            TaskingStateChangeRepository history,
            CampaignService campaigns,
            ReferenceService reference,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.taskings = taskings;
        this.history = history;
        this.campaigns = campaigns;
        this.reference = reference;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    /** Who is acting: the signed-in user's name, or the system's. */
    String actor() {
        return currentUser.get().map(SignedInUser::username).orElse(CurrentUser.SYSTEM_NAME);
    }

    /** Saves a new tasking, its first history entry (counting from the given day) and its audit event. */
    TaskingRef created(Tasking tasking, LocalDate instructedOn) {
        Tasking saved = taskings.saveAndFlush(tasking);
        history.save(new TaskingStateChange(saved, null, saved.getState(), instructedOn, now(), actor()));
        TaskingRef after = saved.toRef(today());
        audit.changed(
                AuditAction.CREATED, AuditedObject.TASKING, after.id(), FieldChanges.between(null, audited(after)));
        return after;
    }

    /**
     * Saves a changed tasking; when its state moved, records the state entered and the day it
     * counts for; audits the fields that changed.
     */
    TaskingRef changed(Tasking tasking, TaskingRef before, LocalDate effectiveOn) {
        Tasking saved = taskings.saveAndFlush(tasking);
        TaskingRef after = saved.toRef(today());
        if (before.state() != after.state()) {
            history.save(new TaskingStateChange(saved, before.state(), after.state(), effectiveOn, now(), actor()));
        }
        audit.changed(
                AuditAction.CHANGED,
                AuditedObject.TASKING,
                after.id(),
                FieldChanges.between(audited(before), audited(after)));
        return after;
    }

    /** A tasking as the audit trail records it: the screens' labels, names instead of ids. */
    private AuditRecord audited(TaskingRef tasking) {
        return AuditRecord.of()
                .with(
                        "Campaign",
                        campaigns
                                .campaign(tasking.campaignId())
                                .map(CampaignDetails::title)
                                .orElse(""))
                .with(
                        "Country",
                        reference
                                .country(tasking.countryId())
                                .map(CountryRef::name)
                                .orElse(""))
                .with("Post", postName(tasking.postId()))
                .with("Report by", tasking.reportBy())
                .with("State", tasking.state())
                .with("Appointment requested", tasking.appointmentRequestedOn())
                .with("Delivered", tasking.deliveredOn())
                .with("Below the minimum level", tasking.belowMinimumLevel())
                .with("Report cable", tasking.reportReference())
                .with("Reported", tasking.reportedOn())
                .with("Waiver reason", tasking.waiverReason())
                .with("Waived by", tasking.waivedBy());
    }

    private String postName(Long postId) {
        if (postId == null) {
            return "";
        }
        return reference.posts().stream()
                .filter(post -> post.id() == postId)
                .map(PostRef::name)
                .findFirst()
                .orElse("");
    }
}
