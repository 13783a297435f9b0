package org.outreachtracker.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail. Services call it for every change they make and every attempt they
 * refuse; it is infrastructure, not a user-facing service, so it has no access rule of its own
 * (reading the trail goes through {@link AuditService}). The acting user is whoever is signed in
 * ("system" for the application itself). Each event is sealed into the trail's hash chain when
 * its transaction commits ({@link AuditChain}).
 */
@Component
public class AuditLog {

    private final AuditChain chain;
    private final AuditorAware<String> auditor;
    private final Clock clock;

    AuditLog(AuditChain chain, AuditorAware<String> auditor, Clock clock) {
        this.chain = chain;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Records a change in the caller's transaction, so the event is kept exactly when the
     * change is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(AuditAction action, AuditedObject type, Object id, List<FieldChange> changes) {
        append(currentUser(), action, type, id, AuditOutcome.SUCCESS, null, AuditDetails.changes(changes));
    }

    /** Records a change with a note instead of field changes, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(AuditAction action, AuditedObject type, Object id, String note) {
        append(currentUser(), action, type, id, AuditOutcome.SUCCESS, null, AuditDetails.note(note));
    }

    /**
     * Records an event in its own transaction, kept whatever happens to the caller's (a refused
     * attempt, a sign-in, a sign-out).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void event(
            String username,
            AuditAction action,
            AuditedObject type,
            Object id,
            AuditOutcome outcome,
            String sourceAddress,
            String note) {
        append(
                username == null ? currentUser() : username,
                action,
                type,
                id,
                outcome,
                sourceAddress,
                AuditDetails.note(note));
    }

    /**
     * Records an event in the caller's transaction, for callers whose transaction is itself the
     * record of what happened (a sign-in and the account's last sign-in time, a failed attempt and
     * its count). It takes no second database connection: {@link #event} does, and many sign-ins
     * at once each holding one connection while waiting for another would empty the pool.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void eventInTransaction(
            String username,
            AuditAction action,
            AuditedObject type,
            Object id,
            AuditOutcome outcome,
            String sourceAddress,
            String note) {
        append(
                username == null ? currentUser() : username,
                action,
                type,
                id,
                outcome,
                sourceAddress,
                AuditDetails.note(note));
    }

    private void append(
            String username,
            AuditAction action,
            AuditedObject type,
            Object id,
            AuditOutcome outcome,
            String sourceAddress,
            AuditDetails details) {
        chain.append(new AuditSeal.Fields(
                AuditSeal.stored(clock.instant()),
                cut(username, 100),
                action.name(),
                type == null ? null : type.name(),
                id == null ? null : cut(String.valueOf(id), 100),
                outcome.name(),
                cut(sourceAddress, 64),
                details.write()));
    }

    private String currentUser() {
        return auditor.getCurrentAuditor().orElse("system");
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
