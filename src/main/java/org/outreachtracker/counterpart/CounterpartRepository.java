package org.outreachtracker.counterpart;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CounterpartRepository extends JpaRepository<Counterpart, Long> {

    String SEARCH = """
            where c.deletedAt is null
              and (:countryId is null or c.countryId = :countryId)
              and (:level is null or c.level = :level)
              and (:pattern is null or lower(c.name) like :pattern escape '\\'
                   or lower(c.title) like :pattern escape '\\'
                   or lower(c.organization) like :pattern escape '\\')
            """;

    @Query("select c from Counterpart c " + SEARCH)
    Page<Counterpart> search(String pattern, Long countryId, CounterpartLevel level, Pageable pageable);

    @Query("select count(c) from Counterpart c " + SEARCH)
    long countSearch(String pattern, Long countryId, CounterpartLevel level);

    Page<Counterpart> findByDeletedAtIsNotNull(Pageable pageable);

    long countByDeletedAtIsNotNull();

    @Query("select c from Counterpart c where c.id in :ids")
    List<Counterpart> findAllByIdIn(Collection<Long> ids);
}
