package org.outreachtracker.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TalkingPointRepository extends JpaRepository<TalkingPoint, Long> {

    /** Every version's points, the first version first, each in order. */
    List<TalkingPoint> findByCampaignIdOrderByPointsVersionAscPositionAsc(long campaignId);

    List<TalkingPoint> findByCampaignIdAndPointsVersionOrderByPosition(long campaignId, int pointsVersion);

    @Query("select coalesce(max(p.pointsVersion), 1) from TalkingPoint p where p.campaignId = :campaignId")
    int findCurrentPointsVersion(long campaignId);

    @Query("select coalesce(max(p.position), 0) from TalkingPoint p"
            + " where p.campaignId = :campaignId and p.pointsVersion = :pointsVersion")
    int findLastPosition(long campaignId, int pointsVersion);
}
