package org.outreachtracker.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditRecord;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.audit.FieldChanges;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.Names;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.SearchText;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Administrators maintain the reference data: they add and change posts and the countries each
 * covers, and move a country to another bureau. Posts are never deleted, as meetings refer to
 * them; a post that closes is marked inactive and is no longer offered for new meetings.
 * Every change is written to the audit trail in the same transaction. Everyone else reads the
 * reference data through {@link ReferenceService}, which sees a change at its next call (it
 * keeps the lists while a stamp of the tables stays the same, and every save raises a version).
 */
@Service
@Validated
@Transactional
public class ReferenceAdminService {

    private final PostRepository posts;
    private final CountryRepository countries;
    private final BureauRepository bureaus;
    private final AuditLog auditLog;

    ReferenceAdminService(
            PostRepository posts, CountryRepository countries, BureauRepository bureaus, AuditLog auditLog) {
        this.posts = posts;
        this.countries = countries;
        this.bureaus = bureaus;
        this.auditLog = auditLog;
    }

    /** A page of posts matching the filter, in the page's order (by name when it has none). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<PostSummary> searchPosts(PostFilter filter, Pageable pageable) {
        return posts.search(
                SearchText.containsPattern(filter.text()),
                filter.type(),
                Names.byKeys(pageable, Map.of("name", "sortName", "hostCountry.name", "hostCountry.sortName")));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long countPosts(PostFilter filter) {
        return posts.countSearch(SearchText.containsPattern(filter.text()), filter.type());
    }

    /** A post as it is now, with its version, to be edited. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<PostDetails> post(long id) {
        return posts.findById(id).map(Post::toDetails);
    }

    /** Adds a post; returns it. */
    @RolesAllowed(Roles.ADMIN)
    public PostDetails createPost(@Valid PostDraft draft) {
        Resolved resolved = check(null, draft);
        Post post = save(new Post(draft, resolved.host(), resolved.covered()));
        auditLog.changed(
                AuditAction.CREATED, AuditedObject.POST, post.requireId(), FieldChanges.between(null, audited(post)));
        return post.toDetails();
    }

    /**
     * Saves changes to a post opened at the given version. Setting {@code active} to false closes
     * the post: it stays in the history of its meetings but is offered for no new one.
     */
    @RolesAllowed(Roles.ADMIN)
    public PostDetails updatePost(long id, long version, @Valid PostDraft draft) {
        Post post = posts.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.reference.postGone"));
        if (post.getVersion() != version) {
            throw new ConcurrentChangeException("post");
        }
        Resolved resolved = check(id, draft);
        AuditRecord before = audited(post);
        post.apply(draft, resolved.host(), resolved.covered());
        AuditRecord after = audited(post);
        List<FieldChange> changes = FieldChanges.between(before, after);
        if (changes.isEmpty()) {
            return post.toDetails();
        }
        post = save(post);
        auditLog.changed(AuditAction.CHANGED, AuditedObject.POST, id, changes);
        return post.toDetails();
    }

    /** A page of countries matching the filter, in the page's order. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<CountryDetails> searchCountries(CountryFilter filter, Pageable pageable) {
        return countries.search(
                SearchText.containsPattern(filter.text()),
                filter.bureauId(),
                Names.byKeys(pageable, Map.of("name", "sortName")));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long countCountries(CountryFilter filter) {
        return countries.countSearch(SearchText.containsPattern(filter.text()), filter.bureauId());
    }

    /**
     * Moves a country, opened at the given version, to another bureau. Coverage by bureau and
     * every filter by bureau follow at once.
     */
    @RolesAllowed(Roles.ADMIN)
    public CountryDetails changeBureau(long countryId, long version, long bureauId) {
        Country country = countries
                .findById(countryId)
                .orElseThrow(() -> RuleViolationException.because("refusal.reference.countryGone"));
        Bureau bureau = bureaus.findById(bureauId)
                .orElseThrow(() -> RuleViolationException.because("refusal.reference.noSuchBureau"));
        if (country.getVersion() != version) {
            throw new ConcurrentChangeException("country");
        }
        String before = country.getBureau().getName();
        if (country.getBureau().requireId() == bureau.requireId()) {
            return country.toDetails();
        }
        country.setBureau(bureau);
        try {
            country = countries.saveAndFlush(country);
        } catch (OptimisticLockingFailureException stale) {
            throw new ConcurrentChangeException("country");
        }
        auditLog.changed(
                AuditAction.CHANGED,
                AuditedObject.COUNTRY,
                countryId,
                FieldChanges.between(
                        AuditRecord.of().with("Bureau", before),
                        AuditRecord.of().with("Bureau", bureau.getName())));
        return country.toDetails();
    }

    /** The host country and covered countries of a draft, once the rules are met. */
    private record Resolved(Country host, Set<Country> covered) {}

    /** The rules a post must meet beyond its fields' own: unique code and name, existing countries. */
    private Resolved check(Long id, PostDraft draft) {
        List<String> sameCode = posts.otherWithCode(draft.code(), id);
        if (!sameCode.isEmpty()) {
            throw RuleViolationException.because("refusal.reference.postCodeTaken", draft.code(), sameCode.getFirst());
        }
        List<String> sameName = posts.otherWithName(draft.name(), id);
        if (!sameName.isEmpty()) {
            throw RuleViolationException.because("refusal.reference.postNameTaken", sameName.getFirst(), draft.name());
        }
        Country host = countries
                .findById(draft.hostCountryId())
                .orElseThrow(() -> RuleViolationException.because("refusal.reference.noSuchHostCountry"));
        Set<Country> covered = new HashSet<>(countries.findAllById(draft.coveredCountryIds()));
        if (covered.size() != draft.coveredCountryIds().size()) {
            throw RuleViolationException.because("refusal.reference.noSuchCoveredCountry");
        }
        if (draft.type() != PostType.MISSION
                && covered.stream().noneMatch(country -> country.requireId() == host.requireId())) {
            throw RuleViolationException.because(
                    draft.type() == PostType.EMBASSY
                            ? "refusal.reference.embassyCoversHost"
                            : "refusal.reference.consulateCoversHost",
                    host.getName());
        }
        return new Resolved(host, covered);
    }

    private Post save(Post post) {
        try {
            return posts.saveAndFlush(post);
        } catch (OptimisticLockingFailureException stale) {
            throw new ConcurrentChangeException("post");
        } catch (DataIntegrityViolationException duplicate) {
            // Another administrator saved the same code or name a moment ago.
            throw RuleViolationException.because("refusal.reference.postSavedMeanwhile");
        }
    }

    /** A post as the audit trail records it: the post form's labels, country names, the type's label. */
    static AuditRecord audited(Post post) {
        return AuditRecord.of()
                .with("Code", post.getCode())
                .with("Name", post.getName())
                .with("Type", post.getType())
                .with("City", post.getCity())
                .with("Host country", post.getHostCountry().getName())
                .with("Open", post.isActive())
                .with(
                        "Covered countries",
                        post.getCoveredCountries().stream()
                                .map(Country::getName)
                                .collect(Collectors.toSet()));
    }
}
