package org.outreachtracker.meeting;

import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    org.springframework.data.domain.Page<Meeting> findByDeletedAtIsNotNull(
            org.springframework.data.domain.Pageable pageable);

    long countByDeletedAtIsNotNull();

    @Query(value = """
            select distinct mp.talking_point_id from meeting_point mp
            join meeting m on m.id = mp.meeting_id
            where m.campaign_id = :campaignId and m.deleted_at is null
            """, nativeQuery = true)
    Set<Long> findRaisedPointIds(long campaignId);

    @Query(value = """
            select distinct mc.counterpart_id from meeting_counterpart mc
            join meeting m on m.id = mc.meeting_id
            where m.campaign_id = :campaignId and m.country_id = :countryId and m.deleted_at is null
            """, nativeQuery = true)
    Set<Long> findCounterpartsMet(long campaignId, long countryId);
}
