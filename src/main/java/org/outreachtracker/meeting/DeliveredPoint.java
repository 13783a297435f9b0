package org.outreachtracker.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A talking point raised in a meeting: the wording as it was when delivered (a copy, so later
 * edits of the campaign's point do not change it) and the counterpart's reaction.
 */
@Embeddable
public record DeliveredPoint(
        @Column(name = "talking_point_id", nullable = false) long talkingPointId,
        @Column(name = "position", nullable = false) int position,

        @Column(name = "delivered_label", nullable = false, length = 100)
        String label,

        @Column(name = "delivered_text", nullable = false, length = 4000)
        String text,

        @Enumerated(EnumType.STRING) @Column(name = "reaction", nullable = false, length = 20)
        Reaction reaction) {}
