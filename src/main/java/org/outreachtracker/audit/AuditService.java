package org.outreachtracker.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.outreachtracker.base.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail: administrators search all of it and check its seals; readers of a
 * meeting see its history. The content of outreach records (what a meeting's summary said, say)
 * is shown only to those who read outreach records: for anyone else an event names the fields
 * that changed and withholds their values and notes.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final Logger log = LoggerFactory.getLogger(AuditService.class);

    private final AuditEventRepository events;
    private final AuditPeople people;
    private final TrailVerifier verifier;
    private final AuditLog auditLog;
    private final Clock clock;

    AuditService(
            AuditEventRepository events,
            ObjectProvider<AuditPeople> people,
            DataSource dataSource,
            AuditLog auditLog,
            Clock clock) {
        this.events = events;
        this.people = people.getIfAvailable(() -> AuditPeople.NOBODY);
        this.verifier = new TrailVerifier(dataSource);
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @RolesAllowed(Roles.ADMIN)
    public Page<AuditEventRef> search(AuditFilter filter, Pageable pageable) {
        Page<AuditEvent> page = events.search(
                filter.username(),
                filter.action(),
                filter.objectType(),
                filter.objectId(),
                filter.from(),
                filter.to(),
                pageable);
        return new PageImpl<>(refs(page.getContent(), people.mayReadOutreach()), pageable, page.getTotalElements());
    }

    @RolesAllowed(Roles.ADMIN)
    public long count(AuditFilter filter) {
        return events.countSearch(
                filter.username(), filter.action(), filter.objectType(), filter.objectId(), filter.from(), filter.to());
    }

    /** A meeting's change history, newest first, for those who read meetings. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public List<AuditEventRef> meetingHistory(long meetingId) {
        return refs(events.history(AuditedObject.MEETING, String.valueOf(meetingId)), true);
    }

    /**
     * Checks every seal of the trail, from the first event to the last written when the check
     * began, and reports the first broken link (which event, and whether events are missing,
     * changed, reordered or added). The check itself is recorded in the trail, and its result
     * with the last event's seal in the log, so that the seal can be kept elsewhere too.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public TrailCheck verify(TrailProgress progress) {
        TrailCheck check = verifier.verify(progress == null ? TrailProgress.NONE : progress, clock.instant());
        if (check.intact()) {
            log.info(
                    "Audit trail checked: intact, {} events; last event no. {} sealed {}",
                    check.checked(),
                    check.lastNumber(),
                    check.lastHash());
        } else {
            log.warn(
                    "Audit trail checked: broken ({}); last event no. {} sealed {} by the chain's head",
                    check.firstBreak().kind(),
                    check.lastNumber(),
                    check.lastHash());
        }
        auditLog.event(
                null,
                AuditAction.TRAIL_VERIFIED,
                null,
                null,
                check.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                null,
                check.summary());
        return check;
    }

    private List<AuditEventRef> refs(List<AuditEvent> found, boolean mayReadOutreach) {
        Set<String> usernames = new HashSet<>();
        found.forEach(event -> usernames.add(event.getUsername()));
        Map<String, String> names = people.displayNames(usernames);
        return found.stream()
                .map(event -> event.toRef(
                        names.get(event.getUsername()),
                        mayReadOutreach
                                || event.getObjectType() == null
                                || !event.getObjectType().outreach()))
                .toList();
    }
}
