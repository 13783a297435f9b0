package org.outreachtracker.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CountryRepository extends JpaRepository<Country, Long> {

    String REF = "select new org.outreachtracker.reference.CountryRef(c.id, c.code, c.alpha3, c.numericCode,"
            + " c.name, r.id, r.code, c.unStatus) from Country c join c.region r";

    @Query(REF + " order by c.name")
    List<CountryRef> findAllRefs();

    @Query(REF + " where c.id = :id")
    Optional<CountryRef> findRef(long id);

    @Query(REF + " where c.code = :code")
    Optional<CountryRef> findRefByCode(String code);
}
