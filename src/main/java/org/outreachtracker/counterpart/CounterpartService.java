package org.outreachtracker.counterpart;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditRecord;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChanges;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.DeletedRecord;
import org.outreachtracker.base.Names;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.SearchText;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The counterpart directory. Desk officers and managers read all of it; officers add and
 * change counterparts of their desk countries, managers of any country.
 */
@Service
@Validated
@Transactional
public class CounterpartService {

    private final CounterpartRepository counterparts;
    private final CounterpartPositionRepository positions;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CounterpartService(
            CounterpartRepository counterparts,
            CounterpartPositionRepository positions,
            ReferenceService reference,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.counterparts = counterparts;
        this.positions = positions;
        this.reference = reference;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Page<CounterpartRef> search(CounterpartFilter filter, Pageable pageable) {
        return counterparts
                .findAll(matching(filter), Names.byKeys(pageable, Map.of("name", "sortName")))
                .map(Counterpart::toRef);
    }

    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public long count(CounterpartFilter filter) {
        return counterparts.count(matching(filter));
    }

    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Optional<CounterpartRef> counterpart(long id) {
        return counterparts.findById(id).map(Counterpart::toRef);
    }

    /** The counterparts with these ids (those that exist), in no particular order. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<CounterpartRef> counterparts(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : counterparts.findAllByIdIn(ids).stream()
                        .map(Counterpart::toRef)
                        .toList();
    }

    /** Adds a counterpart; returns it. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public CounterpartRef create(@Valid CounterpartDraft draft) {
        checkCountry(draft.countryId());
        CounterpartRef created = counterparts.save(new Counterpart(draft)).toRef();
        audit.changed(
                AuditAction.CREATED,
                AuditedObject.COUNTERPART,
                created.id(),
                FieldChanges.between(null, audited(draft)));
        return created;
    }

    /**
     * The live counterparts already in the directory that are the same person as the draft, by
     * the rule of {@link SameCounterpart} (usually none or one).
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<CounterpartRef> sameAs(CounterpartDraft draft) {
        if (draft.countryId() == null) {
            return List.of();
        }
        return counterparts.findByCountryIdAndDeletedAtIsNull(draft.countryId()).stream()
                .map(Counterpart::toRef)
                .filter(listed -> SameCounterpart.same(draft, listed))
                .toList();
    }

    /**
     * The counterpart the draft describes: the one already in the directory when there is one
     * (see {@link #sameAs}), left as it is; otherwise a new one, created as by {@link #create}.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public CounterpartRef createUnlessListed(@Valid CounterpartDraft draft) {
        checkCountry(draft.countryId());
        List<CounterpartRef> listed = sameAs(draft);
        return listed.isEmpty() ? create(draft) : listed.getFirst();
    }

    /**
     * Saves changes to a counterpart opened at the given version. A new title or organization is
     * taken as a new position from today, and the one left is kept in the position history.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public CounterpartRef update(long id, long version, @Valid CounterpartDraft draft) {
        return change(id, version, draft, today());
    }

    /**
     * Saves changes to a counterpart, taking a new title or organization as a new position from
     * the given day (not after today, and after the current position began); the position left is
     * kept in the history with its days.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public CounterpartRef changePosition(long id, long version, @Valid CounterpartDraft draft, LocalDate since) {
        if (since == null) {
            throw new RuleViolationException("Enter the day the new position began.");
        }
        if (since.isAfter(today())) {
            throw new RuleViolationException("The new position cannot begin after today.");
        }
        return change(id, version, draft, since);
    }

    /**
     * Saves changes to a counterpart as corrections: a mistyped title or organization is put
     * right without keeping the wrong one as an earlier position.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public CounterpartRef correct(long id, long version, @Valid CounterpartDraft draft) {
        return change(id, version, draft, null);
    }

    /**
     * A counterpart's positions: the current one first, then earlier ones, latest first. Empty
     * when there is no such counterpart.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Optional<CounterpartPositions> positions(long id) {
        return counterparts.findById(id).map(counterpart -> {
            List<PositionHeld> all = new ArrayList<>();
            all.add(counterpart.currentPosition());
            positions.findByCounterpartIdOrderByHeldUntilDesc(id).forEach(p -> all.add(p.toHeld()));
            return new CounterpartPositions(id, all);
        });
    }

    /** The positions of several counterparts (those that exist), by id; for showing titles as they were. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Map<Long, CounterpartPositions> positions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<PositionHeld>> all = new LinkedHashMap<>();
        counterparts
                .findAllByIdIn(ids)
                .forEach(c -> all.computeIfAbsent(c.requireId(), k -> new ArrayList<>())
                        .add(c.currentPosition()));
        positions.findByCounterpartIdInOrderByHeldUntilDesc(ids).forEach(p -> {
            List<PositionHeld> held = all.get(p.getCounterpartId());
            if (held != null) {
                held.add(p.toHeld());
            }
        });
        Map<Long, CounterpartPositions> result = new HashMap<>();
        all.forEach((id, held) -> result.put(id, new CounterpartPositions(id, held)));
        return result;
    }

    /** Saves changes; a new position from {@code since}, or corrections when it is null. */
    private CounterpartRef change(long id, long version, CounterpartDraft draft, LocalDate since) {
        Counterpart counterpart = counterparts
                .findById(id)
                .orElseThrow(() -> new RuleViolationException("This counterpart no longer exists."));
        checkCountry(counterpart.getCountryId());
        checkCountry(draft.countryId());
        if (counterpart.getVersion() != version) {
            throw new ConcurrentChangeException("counterpart");
        }
        CounterpartDraft before = counterpart.toRef().toDraft();
        Optional<CounterpartPosition> left = since == null ? Optional.empty() : counterpart.movesTo(draft, since);
        counterpart.apply(draft);
        CounterpartRef saved = save(counterpart);
        left.ifPresent(positions::save);
        AuditRecord after = audited(saved.toDraft());
        if (left.isPresent()) {
            after = after.with("New position since", since);
        }
        audit.changed(AuditAction.CHANGED, AuditedObject.COUNTERPART, id, FieldChanges.between(audited(before), after));
        return saved;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Deletes a counterpart: hidden from the directory and pickers, kept for the meetings that
     * name them, and restorable by a manager. Who may change a counterpart may delete it.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public void delete(long id, long version) {
        Counterpart counterpart = find(id, version);
        checkCountry(counterpart.getCountryId());
        if (counterpart.isDeleted()) {
            return;
        }
        counterpart.delete(clock.instant(), currentUser.require().username());
        save(counterpart);
        audit.changed(
                AuditAction.DELETED,
                AuditedObject.COUNTERPART,
                id,
                counterpart.toRef().describe());
    }

    /** Brings a deleted counterpart back; managers only. */
    @RolesAllowed(Roles.MANAGER)
    public void restore(long id, long version) {
        Counterpart counterpart = find(id, version);
        if (!counterpart.isDeleted()) {
            return;
        }
        counterpart.restore();
        save(counterpart);
        audit.changed(
                AuditAction.RESTORED,
                AuditedObject.COUNTERPART,
                id,
                counterpart.toRef().describe());
    }

    /** Deleted counterparts, most recently deleted first; managers only. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public Page<DeletedRecord> deleted(Pageable pageable) {
        Pageable sorted = PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "deletedAt").and(Sort.by("id")));
        return counterparts.findByDeletedAtIsNotNull(sorted).map(Counterpart::toDeleted);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public long countDeleted() {
        return counterparts.countByDeletedAtIsNotNull();
    }

    private Counterpart find(long id, long version) {
        Counterpart counterpart = counterparts
                .findById(id)
                .orElseThrow(() -> new RuleViolationException("This counterpart no longer exists."));
        if (counterpart.getVersion() != version) {
            throw new ConcurrentChangeException("counterpart");
        }
        return counterpart;
    }

    private CounterpartRef save(Counterpart counterpart) {
        try {
            return counterparts.saveAndFlush(counterpart).toRef();
        } catch (OptimisticLockingFailureException stale) {
            throw new ConcurrentChangeException("counterpart");
        }
    }

    /** A desk officer works with counterparts of their desk countries only; a manager with all. */
    private void checkCountry(long countryId) {
        if (reference.country(countryId).isEmpty()) {
            throw new RuleViolationException("Choose an existing country.");
        }
        currentUser.desk().require(countryId, "You can add and change counterparts of your desk countries only.");
    }

    private static Specification<Counterpart> matching(CounterpartFilter filter) {
        return CounterpartRepository.matching(
                SearchText.containsPattern(filter.text()), filter.countryId(), filter.level());
    }

    /** A counterpart as the audit trail records it: the form's labels, the country's name, the level's label. */
    private AuditRecord audited(CounterpartDraft draft) {
        return AuditRecord.of()
                .with("Name", draft.name())
                .with("Title", draft.title())
                .with("Organization", draft.organization())
                .with(
                        "Country",
                        draft.countryId() == null
                                ? ""
                                : reference
                                        .country(draft.countryId())
                                        .map(CountryRef::name)
                                        .orElse(""))
                .with("Level", draft.level());
    }
}
