package org.outreachtracker.audit;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.outreachtracker.base.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail: administrators search all of it; readers of a meeting see its history. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditEventRepository events;

    AuditService(AuditEventRepository events) {
        this.events = events;
    }

    @RolesAllowed(Roles.ADMIN)
    public Page<AuditEventRef> search(AuditFilter filter, Pageable pageable) {
        return events.search(filter.username(), filter.action(), filter.objectType(), filter.objectId(),
                filter.from(), filter.to(), pageable).map(AuditEvent::toRef);
    }

    @RolesAllowed(Roles.ADMIN)
    public long count(AuditFilter filter) {
        return events.countSearch(filter.username(), filter.action(), filter.objectType(), filter.objectId(),
                filter.from(), filter.to());
    }

    /** A meeting's change history, newest first, for those who read meetings. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public List<AuditEventRef> meetingHistory(long meetingId) {
        return events.history(AuditedObject.MEETING, String.valueOf(meetingId)).stream().map(AuditEvent::toRef).toList();
    }
}
