package org.outreachtracker.counterpart;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CounterpartPositionRepository extends JpaRepository<CounterpartPosition, Long> {

    /** A counterpart's earlier positions, latest first. */
    List<CounterpartPosition> findByCounterpartIdOrderByHeldUntilDesc(long counterpartId);

    /** The earlier positions of several counterparts, latest first within each. */
    List<CounterpartPosition> findByCounterpartIdInOrderByHeldUntilDesc(Collection<Long> counterpartIds);
}
