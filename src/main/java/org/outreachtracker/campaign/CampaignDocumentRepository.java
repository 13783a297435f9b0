package org.outreachtracker.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignDocumentRepository extends JpaRepository<CampaignDocument, Long> {

    List<CampaignDocument> findByCampaignIdOrderById(long campaignId);
}
