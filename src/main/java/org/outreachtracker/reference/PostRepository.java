package org.outreachtracker.reference;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostRepository extends JpaRepository<Post, Long> {

    /** One row per post: id, code, name, type, city, host country id, active. */
    @Query("select p.id, p.code, p.name, p.type, p.city, p.hostCountry.id, p.active from Post p order by p.name")
    List<Object[]> findAllRows();

    /** One row per (post id, covered country id). */
    @Query("select p.id, c.id from Post p join p.coveredCountries c")
    List<Object[]> findCoverage();

    String SEARCH = """
            from Post p join p.hostCountry h
            where (:type is null or p.type = :type)
              and (:pattern is null or lower(p.code) like :pattern escape '\\'
                   or lower(p.name) like :pattern escape '\\'
                   or lower(p.city) like :pattern escape '\\'
                   or lower(h.name) like :pattern escape '\\')
            """;

    @Query("select new org.outreachtracker.reference.PostSummary(p.id, p.code, p.name, p.type, p.city, h.name,"
            + " size(p.coveredCountries), p.active) " + SEARCH)
    List<PostSummary> search(String pattern, PostType type, Pageable pageable);

    @Query("select count(p) " + SEARCH)
    long countSearch(String pattern, PostType type);

    /** Another post (not {@code id}; any post when {@code id} is null) with this code. */
    @Query("select p.name from Post p where lower(p.code) = lower(:code) and (:id is null or p.id <> :id)")
    List<String> otherWithCode(String code, Long id);

    /** Another post with this name, in any case. */
    @Query("select p.code from Post p where lower(p.name) = lower(:name) and (:id is null or p.id <> :id)")
    List<String> otherWithName(String name, Long id);
}
