package org.outreachtracker.reference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, Long> {

    List<Region> findAllByOrderBySortOrder();
}
