package org.outreachtracker.reference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BureauRepository extends JpaRepository<Bureau, Long> {

    List<Bureau> findAllByOrderBySortOrder();
}
