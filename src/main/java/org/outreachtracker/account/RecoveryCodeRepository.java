package org.outreachtracker.account;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    @Query("select c from RecoveryCode c where c.userId = :userId and c.usedAt is null order by c.id")
    List<RecoveryCode> unusedRecoveryCodes(long userId);

    @Query("select count(c) from RecoveryCode c where c.userId = :userId and c.usedAt is null")
    int unusedRecoveryCodeCount(long userId);

    /** Marks a recovery code used; 1 when it was still unused. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update RecoveryCode c set c.usedAt = :now where c.id = :id and c.usedAt is null")
    int useRecoveryCode(long id, Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from RecoveryCode c where c.userId = :userId")
    int deleteRecoveryCodes(long userId);
}
