package org.outreachtracker.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByMeetingIdOrderById(long meetingId);

    List<Commitment> findByMeetingIdInOrderByIdAsc(Collection<Long> meetingIds);

    List<Commitment> findByCountryIdOrderByCheckBackDateDescIdDesc(long countryId);

    List<Commitment> findByOutcomeAndCheckBackDateLessThanEqualOrderByCheckBackDateAscIdAsc(
            CommitmentOutcome outcome, LocalDate day);

    List<Commitment> findByOwnerIdAndOutcomeAndCheckBackDateLessThanEqualOrderByCheckBackDateAscIdAsc(
            long ownerId, CommitmentOutcome outcome, LocalDate day);
}
