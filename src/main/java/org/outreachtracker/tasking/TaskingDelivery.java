package org.outreachtracker.tasking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A live meeting that delivered a tasking's points, as the meeting's change events told it. */
@Entity
@Table(name = "tasking_delivery")
class TaskingDelivery {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "tasking_id", nullable = false)
    private long taskingId;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "below_minimum_level", nullable = false)
    private boolean belowMinimumLevel;

    protected TaskingDelivery() {}

    TaskingDelivery(long meetingId, long taskingId, LocalDate meetingDate, boolean belowMinimumLevel) {
        this.meetingId = meetingId;
        this.taskingId = taskingId;
        this.meetingDate = meetingDate;
        this.belowMinimumLevel = belowMinimumLevel;
    }

    /** The meeting now counts for this tasking, on this date, with this rank check. */
    void update(long newTaskingId, LocalDate date, boolean below) {
        taskingId = newTaskingId;
        meetingDate = date;
        belowMinimumLevel = below;
    }

    void setBelowMinimumLevel(boolean below) {
        belowMinimumLevel = below;
    }

    long getMeetingId() {
        return meetingId;
    }

    LocalDate getMeetingDate() {
        return meetingDate;
    }

    boolean isBelowMinimumLevel() {
        return belowMinimumLevel;
    }
}
