package org.outreachtracker.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExpectedObjectionRepository extends JpaRepository<ExpectedObjection, Long> {

    List<ExpectedObjection> findByCampaignIdOrderByPosition(long campaignId);

    @Query("select coalesce(max(o.position), 0) from ExpectedObjection o where o.campaignId = :campaignId")
    int findLastPosition(long campaignId);

    @Query(
            "select count(o) > 0 from ExpectedObjection o where o.campaignId = :campaignId and lower(o.text) = lower(:text)")
    boolean existsWithText(long campaignId, String text);
}
