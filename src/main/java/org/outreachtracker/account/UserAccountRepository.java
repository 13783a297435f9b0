package org.outreachtracker.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    boolean existsByUsername(String username);

    /** Active accounts holding the role (the role as stored). */
    @Query("select a from UserAccount a join a.roles r where r = :role and a.enabled = true order by a.displayName")
    List<UserAccount> activeWithRole(Role role);

    /** Active desk officers whose desk includes the country. */
    @Query("""
            select a from UserAccount a join a.roles r join a.deskCountryIds d
            where r = org.outreachtracker.account.Role.DESK_OFFICER and d = :countryId and a.enabled = true
            order by a.displayName""")
    List<UserAccount> activeDeskOfficersOf(long countryId);

    long countByDemoAccountTrue();

    /**
     * The account's version, which any change to it raises (name, roles, desk, deactivation,
     * password): what a signed-in session compares with the one it started with, at every request.
     */
    @Query("select a.version from UserAccount a where a.id = :id")
    Optional<Long> stamp(long id);

    // --- The administrators' list -------------------------------------------------------------

    String MATCHES = " where (:pattern is null or lower(a.username) like :pattern escape '\\'"
            + " or lower(a.displayName) like :pattern escape '\\')";

    /** One page of accounts (roles are read separately for the page). Sort by entity fields. */
    @Query("select new org.outreachtracker.account.AccountRowData(a.id, a.version, a.username,"
            + " a.displayName, a.enabled, a.locked, a.lockedAt, a.passwordChangeRequired, a.demoAccount,"
            + " a.lastSignInAt, size(a.deskCountryIds)) from UserAccount a" + MATCHES)
    List<AccountRowData> search(String pattern, Pageable pageable);

    @Query("select count(a) from UserAccount a" + MATCHES)
    long countMatching(String pattern);

    @Query("select a.id, r from UserAccount a join a.roles r where a.id in :ids")
    List<Object[]> rolesOf(Collection<Long> ids);

    // --- Sign-in bookkeeping: single statements that neither raise the version nor lose a count ---

    /**
     * Locks the account's row until the end of the transaction, so that sign-in attempts on one
     * account are decided one at a time; empty when there is no such account.
     */
    @Query(value = "select id from app_user where id = :id for update", nativeQuery = true)
    Optional<Long> lockRow(long id);

    /** Whether the account is enabled, locked, and since when: what a sign-in attempt is decided on. */
    @Query("select a.enabled, a.locked, a.lockedAt from UserAccount a where a.id = :id")
    Object[] signInState(long id);

    /** Counts a failed sign-in: the first in a new window (the last one began at or before {@code windowStart}) starts it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserAccount a set
              a.failedAttempts = case when a.firstFailedAt is null or a.firstFailedAt <= :windowStart
                                      then 1 else a.failedAttempts + 1 end,
              a.firstFailedAt = case when a.firstFailedAt is null or a.firstFailedAt <= :windowStart
                                     then :now else a.firstFailedAt end
            where a.id = :id""")
    int countFailure(long id, Instant now, Instant windowStart);

    @Query("select a.failedAttempts from UserAccount a where a.id = :id")
    int failedAttempts(long id);

    /** Locks an account that is not locked yet; 1 when this call locked it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.locked = true, a.lockedAt = :now where a.id = :id and a.locked = false")
    int lock(long id, Instant now);

    /** Lifts a lock set at or before {@code lockedBefore}; 1 when this call lifted it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserAccount a set a.locked = false, a.lockedAt = null, a.failedAttempts = 0, a.firstFailedAt = null
            where a.id = :id and a.locked = true and a.lockedAt is not null and a.lockedAt <= :lockedBefore""")
    int unlockExpired(long id, Instant lockedBefore);

    /** Lifts any lock (an administrator's unlock); 1 when the account was locked. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserAccount a set a.locked = false, a.lockedAt = null, a.failedAttempts = 0, a.firstFailedAt = null
            where a.id = :id and a.locked = true""")
    int unlock(long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update UserAccount a set a.failedAttempts = 0, a.firstFailedAt = null, a.lastSignInAt = :now where a.id = :id")
    int signedIn(long id, Instant now);
}
