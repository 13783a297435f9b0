package org.outreachtracker.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TalkingPointRepository extends JpaRepository<TalkingPoint, Long> {

    List<TalkingPoint> findByCampaignIdOrderByPosition(long campaignId);

    @Query("select coalesce(max(p.position), 0) from TalkingPoint p where p.campaignId = :campaignId")
    int findLastPosition(long campaignId);
}
