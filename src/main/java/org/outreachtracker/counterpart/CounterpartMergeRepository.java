package org.outreachtracker.counterpart;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CounterpartMergeRepository extends JpaRepository<CounterpartMerge, Long> {

    /** The merges a counterpart took part in, as survivor or as merged record, newest first. */
    @Query("select m from CounterpartMerge m where m.survivorId = :id or m.mergedId = :id order by m.id desc")
    List<CounterpartMerge> involving(long id);
}
