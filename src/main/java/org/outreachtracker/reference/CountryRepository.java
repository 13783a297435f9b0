package org.outreachtracker.reference;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CountryRepository extends JpaRepository<Country, Long> {

    String REF = "select new org.outreachtracker.reference.CountryRef(c.id, c.code, c.alpha3, c.numericCode,"
            + " c.name, r.id, r.code, c.unStatus) from Country c join c.bureau r";

    @Query(REF + " order by c.name")
    List<CountryRef> findAllRefs();

    String SEARCH = """
            from Country c join c.bureau r
            where (:bureauId is null or r.id = :bureauId)
              and (:pattern is null or lower(c.name) like :pattern escape '\\'
                   or lower(c.code) like :pattern escape '\\'
                   or lower(c.alpha3) like :pattern escape '\\'
                   or c.numericCode like :pattern escape '\\')
            """;

    @Query("select new org.outreachtracker.reference.CountryDetails(c.id, c.version, c.code, c.alpha3,"
            + " c.numericCode, c.name, r.id, r.name, c.unStatus) " + SEARCH)
    List<CountryDetails> search(String pattern, Long bureauId, Pageable pageable);

    @Query("select count(c) " + SEARCH)
    long countSearch(String pattern, Long bureauId);
}
