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
import java.util.stream.Stream;
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

    /** Sets of likely duplicates listed at most (a clean directory has none). */
    static final int MAX_DUPLICATE_SETS = 200;

    private final CounterpartRepository counterparts;
    private final CounterpartPositionRepository positions;
    private final CounterpartMergeRepository merges;
    private final CounterpartLinks links;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final CounterpartSearch search;

    CounterpartService(
            CounterpartRepository counterparts,
            CounterpartPositionRepository positions,
            CounterpartMergeRepository merges,
            CounterpartLinks links,
            ReferenceService reference,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            CounterpartSearch search) {
        this.search = search;
        this.counterparts = counterparts;
        this.positions = positions;
        this.merges = merges;
        this.links = links;
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
        search.reindex(created.id());
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
            throw RuleViolationException.because("refusal.counterpart.positionDayMissing");
        }
        if (since.isAfter(today())) {
            throw RuleViolationException.because("refusal.counterpart.positionInFuture");
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
        Counterpart counterpart =
                counterparts.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.counterpart.gone"));
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
        if (counterpart.getMergedIntoId() != null) {
            throw RuleViolationException.because("refusal.counterpart.restoreMerged");
        }
        counterpart.restore();
        save(counterpart);
        audit.changed(
                AuditAction.RESTORED,
                AuditedObject.COUNTERPART,
                id,
                counterpart.toRef().describe());
    }

    /**
     * Live counterparts of the draft's country whose names are spelled alike ({@link NameMatch}):
     * offered when someone adds a person who may already be listed.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<CounterpartRef> likelyDuplicates(CounterpartDraft draft) {
        String key = NameMatch.key(draft.name());
        if (draft.countryId() == null || key.isEmpty()) {
            return List.of();
        }
        return counterparts.findByCountryIdAndMatchKeyAndDeletedAtIsNullOrderById(draft.countryId(), key).stream()
                .map(Counterpart::toRef)
                .toList();
    }

    /** Sets of live counterparts of one country whose names are spelled alike; managers only. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<List<CounterpartRef>> possibleDuplicates() {
        List<List<CounterpartRef>> sets = new ArrayList<>();
        for (Object[] key : counterparts.findDuplicateKeys(MAX_DUPLICATE_SETS)) {
            sets.add(counterparts
                    .findByCountryIdAndMatchKeyAndDeletedAtIsNullOrderById(
                            ((Number) key[0]).longValue(), (String) key[1])
                    .stream()
                    .map(Counterpart::toRef)
                    .toList());
        }
        return sets.stream().filter(set -> set.size() > 1).toList();
    }

    /**
     * Merges one entry of the directory into another; managers only. The survivor takes the
     * fields chosen ({@code kept}, as corrections: no position history); every meeting naming the
     * merged entry names the survivor instead; the merged entry is deleted, points at the
     * survivor and keeps its own history. Both are audited, and {@link #undoMerge} puts it back.
     */
    @RolesAllowed(Roles.MANAGER)
    public CounterpartMergeRef merge(
            long survivorId, long survivorVersion, long mergedId, long mergedVersion, @Valid CounterpartDraft kept) {
        if (survivorId == mergedId) {
            throw RuleViolationException.because("refusal.counterpart.mergeSame");
        }
        Counterpart survivor = find(survivorId, survivorVersion);
        Counterpart merged = find(mergedId, mergedVersion);
        if (survivor.isDeleted() || merged.isDeleted()) {
            throw RuleViolationException.because("refusal.counterpart.mergeDeleted");
        }
        if (kept.countryId() == null || kept.countryId() != survivor.getCountryId()) {
            throw RuleViolationException.because("refusal.counterpart.mergeCountry");
        }
        CounterpartDraft before = survivor.toRef().toDraft();
        String mergedName = merged.toRef().name();
        survivor.apply(kept);
        CounterpartRef saved = save(survivor);
        merged.mergeInto(survivorId, clock.instant(), currentUser.require().username());
        save(merged);
        List<CounterpartLinks.LinkMoved> moved = links.moveAll(mergedId, survivorId);
        CounterpartMerge merge = merges.save(new CounterpartMerge(survivorId, mergedId, before, moved));
        audit.changed(
                AuditAction.CHANGED,
                AuditedObject.COUNTERPART,
                survivorId,
                FieldChanges.between(
                        audited(before),
                        audited(saved.toDraft()).with("Merged from", mergedName + " (" + moved.size() + " meetings)")));
        audit.changed(AuditAction.DELETED, AuditedObject.COUNTERPART, mergedId, "Merged into " + saved.describe());
        return merge.toRef(saved.name(), mergedName);
    }

    /**
     * Undoes a merge; managers only. The merged entry is back in the directory, the meetings it
     * named name it again, and the survivor has its fields from before the merge.
     */
    @RolesAllowed(Roles.MANAGER)
    public CounterpartMergeRef undoMerge(long mergeId) {
        CounterpartMerge merge = merges.findById(mergeId)
                .orElseThrow(() -> RuleViolationException.because("refusal.counterpart.mergeGone"));
        if (merge.isUndone()) {
            throw RuleViolationException.because("refusal.counterpart.mergeUndone");
        }
        Counterpart survivor = counterparts.findById(merge.getSurvivorId()).orElseThrow();
        Counterpart merged = counterparts.findById(merge.getMergedId()).orElseThrow();
        if (merged.getMergedIntoId() == null || merged.getMergedIntoId() != survivor.requireId()) {
            throw RuleViolationException.because("refusal.counterpart.mergeChangedSince");
        }
        if (survivor.isDeleted()) {
            throw RuleViolationException.because(
                    "refusal.counterpart.mergeSurvivorDeleted", survivor.toRef().name());
        }
        CounterpartDraft kept = survivor.toRef().toDraft();
        survivor.apply(merge.survivorBefore(survivor.getCountryId()));
        CounterpartRef restoredSurvivor = save(survivor);
        merged.unmerge();
        CounterpartRef restoredMerged = save(merged);
        links.restore(merge.getMergedId(), merge.getSurvivorId(), merge.moved());
        merge.undo(clock.instant(), currentUser.require().username());
        merges.save(merge);
        audit.changed(
                AuditAction.CHANGED,
                AuditedObject.COUNTERPART,
                restoredSurvivor.id(),
                FieldChanges.between(
                        audited(kept),
                        audited(restoredSurvivor.toDraft()).with("Merge undone", restoredMerged.name())));
        audit.changed(
                AuditAction.RESTORED,
                AuditedObject.COUNTERPART,
                restoredMerged.id(),
                "Merge into " + restoredSurvivor.name() + " undone");
        return merge.toRef(restoredSurvivor.name(), restoredMerged.name());
    }

    /** The merges a counterpart took part in, as the record kept or as the one merged, newest first. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<CounterpartMergeRef> merges(long counterpartId) {
        List<CounterpartMerge> found = merges.involving(counterpartId);
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = found.stream()
                .flatMap(m -> Stream.of(m.getSurvivorId(), m.getMergedId()))
                .distinct()
                .toList();
        if (!ids.isEmpty()) {
            counterparts
                    .findAllByIdIn(ids)
                    .forEach(c -> names.put(c.requireId(), c.toRef().name()));
        }
        return found.stream()
                .map(m -> m.toRef(names.getOrDefault(m.getSurvivorId(), ""), names.getOrDefault(m.getMergedId(), "")))
                .toList();
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
        Counterpart counterpart =
                counterparts.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.counterpart.gone"));
        if (counterpart.getVersion() != version) {
            throw new ConcurrentChangeException("counterpart");
        }
        return counterpart;
    }

    private CounterpartRef save(Counterpart counterpart) {
        try {
            CounterpartRef saved = counterparts.saveAndFlush(counterpart).toRef();
            search.reindex(saved.id());
            return saved;
        } catch (OptimisticLockingFailureException stale) {
            throw new ConcurrentChangeException("counterpart");
        }
    }

    /** A desk officer works with counterparts of their desk countries only; a manager with all. */
    private void checkCountry(long countryId) {
        if (reference.country(countryId).isEmpty()) {
            throw RuleViolationException.because("refusal.counterpart.noSuchCountry");
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
