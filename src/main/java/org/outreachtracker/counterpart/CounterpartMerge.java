package org.outreachtracker.counterpart;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.outreachtracker.base.AbstractEntity;

/** Two entries of the directory merged into one, with what it takes to undo it. */
@Entity
@Table(name = "counterpart_merge")
class CounterpartMerge extends AbstractEntity {

    @Column(name = "survivor_id", nullable = false)
    private long survivorId;

    @Column(name = "merged_id", nullable = false)
    private long mergedId;

    /** The survivor's fields before the merge chose among both records' values. */
    @Column(name = "survivor_name", nullable = false, length = 200)
    private String survivorName = "";

    @Column(name = "survivor_title", nullable = false, length = 200)
    private String survivorTitle = "";

    @Column(name = "survivor_organization", nullable = false, length = 200)
    private String survivorOrganization = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "survivor_level", nullable = false, length = 30)
    private CounterpartLevel survivorLevel = CounterpartLevel.OTHER;

    @Column(name = "undone_at")
    private @Nullable Instant undoneAt;

    @Column(name = "undone_by", length = 100)
    private @Nullable String undoneBy;

    @ElementCollection
    @CollectionTable(name = "counterpart_merge_meeting", joinColumns = @JoinColumn(name = "merge_id"))
    private List<Moved> moved = new ArrayList<>();

    protected CounterpartMerge() {}

    CounterpartMerge(
            long survivorId, long mergedId, CounterpartDraft survivorBefore, List<CounterpartLinks.LinkMoved> moved) {
        this.survivorId = survivorId;
        this.mergedId = mergedId;
        this.survivorName = survivorBefore.name();
        this.survivorTitle = survivorBefore.title();
        this.survivorOrganization = survivorBefore.organization();
        this.survivorLevel = survivorBefore.level();
        moved.forEach(link -> this.moved.add(new Moved(link.meetingId(), link.survivorPresent())));
    }

    long getSurvivorId() {
        return survivorId;
    }

    long getMergedId() {
        return mergedId;
    }

    boolean isUndone() {
        return undoneAt != null;
    }

    void undo(Instant when, String who) {
        undoneAt = when;
        undoneBy = who;
    }

    /** The survivor's fields as they were before the merge, in its country. */
    CounterpartDraft survivorBefore(long countryId) {
        return new CounterpartDraft(survivorName, survivorTitle, survivorOrganization, countryId, survivorLevel);
    }

    List<CounterpartLinks.LinkMoved> moved() {
        return moved.stream()
                .map(m -> new CounterpartLinks.LinkMoved(m.meetingId, m.survivorPresent))
                .toList();
    }

    CounterpartMergeRef toRef(String survivorName, String mergedName) {
        return new CounterpartMergeRef(
                requireId(),
                survivorId,
                survivorName,
                mergedId,
                mergedName,
                moved.size(),
                getCreatedAt(),
                getCreatedBy(),
                undoneAt,
                undoneBy);
    }

    /** A meeting the merge moved. */
    @Embeddable
    record Moved(
            @Column(name = "meeting_id", nullable = false) long meetingId,

            @Column(name = "survivor_present", nullable = false)
            boolean survivorPresent) {}
}
