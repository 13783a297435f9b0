package org.outreachtracker.reference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostRepository extends JpaRepository<Post, Long> {

    /** One row per post: id, code, name, type, city, host country id, active. */
    @Query("select p.id, p.code, p.name, p.type, p.city, p.hostCountry.id, p.active from Post p order by p.name")
    List<Object[]> findAllRows();

    /** One row per (post id, covered country id). */
    @Query("select p.id, c.id from Post p join p.coveredCountries c")
    List<Object[]> findCoverage();
}
