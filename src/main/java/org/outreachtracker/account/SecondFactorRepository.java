package org.outreachtracker.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    /**
     * Records that the code of this step was used, when the step is later than the last one used;
     * 1 when it was (the code is accepted), 0 when that step or a later one was used already.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SecondFactor f set f.lastUsedStep = :step where f.userId = :userId and f.lastUsedStep < :step")
    int useStep(long userId, long step);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SecondFactor f where f.userId = :userId")
    int deleteFactor(long userId);
}
