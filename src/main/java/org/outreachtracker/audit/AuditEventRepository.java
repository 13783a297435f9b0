package org.outreachtracker.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads audit events (they are appended by {@link AuditChain}). Deliberately a plain
 * {@link Repository}: it offers no save, no delete and no way to change an event (and the
 * database refuses the last two).
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    // The temporal parameters are cast in their null checks: PostgreSQL cannot tell the type of a
    // null date/time parameter that is only compared with null (its driver sends them untyped).
    String SEARCH = """
            where (:username is null or e.username = :username)
              and (:action is null or e.action = :action)
              and (:objectType is null or e.objectType = :objectType)
              and (:objectId is null or e.objectId = :objectId)
              and (cast(:from as Instant) is null or e.occurredAt >= :from)
              and (cast(:to as Instant) is null or e.occurredAt < :to)
            """;

    @Query("select e from AuditEvent e " + SEARCH)
    Page<AuditEvent> search(
            String username,
            AuditAction action,
            AuditedObject objectType,
            String objectId,
            Instant from,
            Instant to,
            Pageable pageable);

    @Query("select count(e) from AuditEvent e " + SEARCH)
    long countSearch(
            String username, AuditAction action, AuditedObject objectType, String objectId, Instant from, Instant to);

    @Query("select e from AuditEvent e where e.objectType = :objectType and e.objectId = :objectId"
            + " order by e.occurredAt desc, e.id desc")
    List<AuditEvent> history(AuditedObject objectType, String objectId);
}
