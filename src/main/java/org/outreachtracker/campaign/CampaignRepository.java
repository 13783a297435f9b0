package org.outreachtracker.campaign;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    String SUMMARY = "select new org.outreachtracker.campaign.CampaignSummary(c.id, c.title, c.cableReference,"
            + " c.status, c.issueDate, c.deadline, c.allCountries) from Campaign c";

    @Query(value = SUMMARY, countQuery = "select count(c) from Campaign c")
    Page<CampaignSummary> findSummaries(Pageable pageable);

    @Query(SUMMARY + " where c.status in :statuses order by c.issueDate desc, c.id desc")
    List<CampaignSummary> findSummariesByStatus(List<CampaignStatus> statuses);
}
