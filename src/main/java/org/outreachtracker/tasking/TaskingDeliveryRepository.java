package org.outreachtracker.tasking;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskingDeliveryRepository extends JpaRepository<TaskingDelivery, Long> {

    List<TaskingDelivery> findByTaskingIdOrderByMeetingDateAscMeetingIdAsc(long taskingId);
}
