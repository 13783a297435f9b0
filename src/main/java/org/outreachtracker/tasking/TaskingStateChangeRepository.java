package org.outreachtracker.tasking;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskingStateChangeRepository extends JpaRepository<TaskingStateChange, Long> {

    @Query("""
            select new org.outreachtracker.tasking.TaskingDayChange(c.effectiveOn, c.toState, count(c), 0L)
            from TaskingStateChange c where c.campaignId = :campaignId
            group by c.effectiveOn, c.toState
            """)
    List<TaskingDayChange> enteredPerDay(long campaignId);

    @Query("""
            select new org.outreachtracker.tasking.TaskingDayChange(c.effectiveOn, c.fromState, 0L, count(c))
            from TaskingStateChange c where c.campaignId = :campaignId and c.fromState is not null
            group by c.effectiveOn, c.fromState
            """)
    List<TaskingDayChange> leftPerDay(long campaignId);
}
