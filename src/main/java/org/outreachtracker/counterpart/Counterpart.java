package org.outreachtracker.counterpart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.outreachtracker.base.DeletedRecord;
import org.outreachtracker.base.Names;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.SoftDeletableEntity;

/** A foreign official whom posts meet. */
@Entity
@Table(name = "counterpart")
class Counterpart extends SoftDeletableEntity {

    @Column(nullable = false, length = 200)
    private String name = "";

    /** The name's key in alphabetical order ({@link Names#sortKey}), for lists the database sorts. */
    @Column(name = "sort_name", nullable = false, length = Names.SORT_KEY_LENGTH)
    private String sortName = "";

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(nullable = false, length = 200)
    private String organization = "";

    @Column(name = "country_id", nullable = false)
    private long countryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CounterpartLevel level = CounterpartLevel.OTHER;

    /** The key under which spellings of the name meet ({@link NameMatch}), for likely duplicates. */
    @Column(name = "match_key", nullable = false, length = NameMatch.KEY_LENGTH)
    private String matchKey = "";

    /** The counterpart this one was merged into (it is then deleted), or null. */
    @Column(name = "merged_into_id")
    private @Nullable Long mergedIntoId;

    /** The first day of the current position, when known. */
    @Column(name = "position_since")
    private @Nullable LocalDate positionSince;

    protected Counterpart() {}

    Counterpart(CounterpartDraft draft) {
        apply(draft);
    }

    void apply(CounterpartDraft draft) {
        name = draft.name().strip();
        sortName = Names.sortKey(name);
        matchKey = NameMatch.key(name);
        title = draft.title().strip();
        organization = draft.organization().strip();
        countryId = draft.countryId();
        level = draft.level();
    }

    /**
     * Takes up the draft's title and organization as a new position from a day on, and returns the
     * position left, to be kept. Nothing is left when neither changes.
     *
     * @throws RuleViolationException when the day is not after the first
     *     day of the current position
     */
    Optional<CounterpartPosition> movesTo(CounterpartDraft draft, LocalDate since) {
        if (!movesPosition(draft)) {
            return Optional.empty();
        }
        if (positionSince != null && !since.isAfter(positionSince)) {
            throw RuleViolationException.because(
                    "refusal.counterpart.positionBeginsTooEarly", positionSince.toString());
        }
        var left = new CounterpartPosition(requireId(), title, organization, positionSince, since.minusDays(1));
        positionSince = since;
        return Optional.of(left);
    }

    /** Whether the draft names another title or organization than the current ones. */
    boolean movesPosition(CounterpartDraft draft) {
        return !title.equals(draft.title().strip())
                || !organization.equals(draft.organization().strip());
    }

    PositionHeld currentPosition() {
        return new PositionHeld(title, organization, positionSince, null);
    }

    /** Merges this counterpart into another: it is deleted and points there. */
    void mergeInto(long survivorId, Instant when, String who) {
        delete(when, who);
        mergedIntoId = survivorId;
    }

    /** Undoes {@link #mergeInto}: the counterpart is back in the directory. */
    void unmerge() {
        restore();
        mergedIntoId = null;
    }

    @Nullable
    Long getMergedIntoId() {
        return mergedIntoId;
    }

    long getCountryId() {
        return countryId;
    }

    DeletedRecord toDeleted() {
        return toDeleted(name + ", " + title + ", " + organization, countryId);
    }

    CounterpartRef toRef() {
        return new CounterpartRef(requireId(), getVersion(), name, title, organization, countryId, level);
    }
}
