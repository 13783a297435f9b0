package org.outreachtracker.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    /**
     * Filtered follow-ups; {@code statuses} is never empty (callers pass every status for "all").
     * The date is cast in its null check: PostgreSQL cannot tell the type of a null date
     * parameter that is only compared with null (its driver sends it untyped).
     */
    String SEARCH = """
            where f.status in :statuses
              and (:ownerId is null or f.ownerId = :ownerId)
              and (:campaignId is null or f.campaignId = :campaignId)
              and (:countryId is null or f.countryId = :countryId)
              and (:meetingId is null or f.meetingId = :meetingId)
              and (cast(:overdueBefore as LocalDate) is null or f.dueDate < :overdueBefore)
            """;

    @Query("select f from FollowUp f " + SEARCH)
    Page<FollowUp> search(
            Collection<FollowUpStatus> statuses,
            Long ownerId,
            Long campaignId,
            Long countryId,
            Long meetingId,
            LocalDate overdueBefore,
            Pageable pageable);

    @Query("select count(f) from FollowUp f " + SEARCH)
    long countSearch(
            Collection<FollowUpStatus> statuses,
            Long ownerId,
            Long campaignId,
            Long countryId,
            Long meetingId,
            LocalDate overdueBefore);

    @Query("select distinct f.meetingId from FollowUp f " + SEARCH + " and f.meetingId is not null")
    List<Long> meetingIdsOf(
            Collection<FollowUpStatus> statuses,
            Long ownerId,
            Long campaignId,
            Long countryId,
            Long meetingId,
            LocalDate overdueBefore);

    List<FollowUp> findByMeetingIdOrderByDueDate(long meetingId);

    List<FollowUp> findByMeetingIdInOrderByDueDateAscIdAsc(Collection<Long> meetingIds);

    /** Follow-ups in one of the states due within the dates, soonest first. */
    @Query("select f from FollowUp f where f.status in :statuses and f.dueDate between :from and :to"
            + " order by f.dueDate, f.id")
    List<FollowUp> dueBetween(Collection<FollowUpStatus> statuses, LocalDate from, LocalDate to);

    @Query("select count(f) from FollowUp f where f.status in :statuses and f.dueDate < :before")
    long countDueBefore(Collection<FollowUpStatus> statuses, LocalDate before);

    /** Unfinished follow-ups per country of one campaign; reads only ix_follow_up_campaign_country. */
    String OPEN_PER_COUNTRY = """
            select new org.outreachtracker.followup.OpenFollowUps(f.countryId, count(f),
                   sum(case when f.dueDate < :today then 1 else 0 end))
            from FollowUp f
            where f.campaignId = :campaignId and f.status in :statuses
            """;

    @Query(OPEN_PER_COUNTRY + " group by f.countryId")
    List<OpenFollowUps> openPerCountry(long campaignId, Collection<FollowUpStatus> statuses, LocalDate today);

    @Query(OPEN_PER_COUNTRY + " and f.countryId in :countries group by f.countryId")
    List<OpenFollowUps> openPerCountry(
            long campaignId, Collection<FollowUpStatus> statuses, LocalDate today, Collection<Long> countries);
}
