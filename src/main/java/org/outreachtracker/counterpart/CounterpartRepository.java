package org.outreachtracker.counterpart;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CounterpartRepository extends JpaRepository<Counterpart, Long>, JpaSpecificationExecutor<Counterpart> {

    /**
     * The live counterparts matching a search: only the conditions given are added, so a search
     * within one country reads that country's entries of {@code ix_counterpart_country} instead of
     * every counterpart (a condition such as "country is null or country = ?" cannot use an index).
     */
    static Specification<Counterpart> matching(String pattern, Long countryId, CounterpartLevel level) {
        return (root, query, builder) -> {
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(builder.isNull(root.get("deletedAt")));
            if (countryId != null) {
                conditions.add(builder.equal(root.get("countryId"), countryId));
            }
            if (level != null) {
                conditions.add(builder.equal(root.get("level"), level));
            }
            if (pattern != null) {
                conditions.add(builder.or(
                        builder.like(builder.lower(root.get("name")), pattern, '\\'),
                        builder.like(builder.lower(root.get("title")), pattern, '\\'),
                        builder.like(builder.lower(root.get("organization")), pattern, '\\')));
            }
            return builder.and(conditions.toArray(Predicate[]::new));
        };
    }

    Page<Counterpart> findByDeletedAtIsNotNull(Pageable pageable);

    /** A country's live counterparts (read through {@code ix_counterpart_country}). */
    List<Counterpart> findByCountryIdAndDeletedAtIsNull(long countryId);

    long countByDeletedAtIsNotNull();

    /** Country and match key of each set of live counterparts whose names meet (likely duplicates). */
    @Query(value = """
            select c.country_id, c.match_key from counterpart c
            where c.deleted_at is null and c.match_key <> ''
            group by c.country_id, c.match_key
            having count(*) > 1
            order by c.country_id, c.match_key
            limit :limit
            """, nativeQuery = true)
    List<Object[]> findDuplicateKeys(int limit);

    /** The live counterparts of a country whose names meet under a key (through {@code ix_counterpart_country_match}). */
    List<Counterpart> findByCountryIdAndMatchKeyAndDeletedAtIsNullOrderById(long countryId, String matchKey);

    @Query("select c from Counterpart c where c.id in :ids")
    List<Counterpart> findAllByIdIn(Collection<Long> ids);
}
