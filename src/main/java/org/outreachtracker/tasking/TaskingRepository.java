package org.outreachtracker.tasking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskingRepository extends JpaRepository<Tasking, Long> {

    /**
     * Filtered taskings; {@code states} is never empty (callers pass every state for "all") and
     * {@code countries} is used only when {@code anyCountry} is false, {@code campaigns} only when {@code anyCampaign} is false. The date is cast in its null
     * check: PostgreSQL cannot tell the type of a null date parameter only compared with null.
     */
    String SEARCH = """
            where t.state in :states
              and (:campaignId is null or t.campaignId = :campaignId)
              and (:anyCampaign = true or t.campaignId in :campaigns)
              and (:anyCountry = true or t.countryId in :countries)
              and (cast(:lapsedBefore as LocalDate) is null or t.reportBy < :lapsedBefore)
              and (:belowMinimumOnly = false or t.belowMinimumLevel = true)
            """;

    /** Taskings in one of the states whose report-by date falls within the dates, soonest first. */
    @Query("select t from Tasking t where t.state in :states and t.reportBy between :from and :to"
            + " order by t.reportBy, t.id")
    List<Tasking> reportByBetween(Collection<TaskingState> states, LocalDate from, LocalDate to);

    @Query("select count(t) from Tasking t where t.state in :states and t.reportBy < :before")
    long countReportByBefore(Collection<TaskingState> states, LocalDate before);

    @Query("select t from Tasking t " + SEARCH)
    Page<Tasking> search(
            Collection<TaskingState> states,
            Long campaignId,
            boolean anyCampaign,
            Collection<Long> campaigns,
            boolean anyCountry,
            Collection<Long> countries,
            LocalDate lapsedBefore,
            boolean belowMinimumOnly,
            Pageable pageable);

    @Query("select count(t) from Tasking t " + SEARCH)
    long countSearch(
            Collection<TaskingState> states,
            Long campaignId,
            boolean anyCampaign,
            Collection<Long> campaigns,
            boolean anyCountry,
            Collection<Long> countries,
            LocalDate lapsedBefore,
            boolean belowMinimumOnly);

    Optional<Tasking> findByCampaignIdAndCountryId(long campaignId, long countryId);

    List<Tasking> findByCampaignId(long campaignId);

    @Query("select t.countryId as countryId, t.state as state from Tasking t where t.campaignId = :campaignId")
    List<CountryState> statesOf(long campaignId);

    interface CountryState {
        long getCountryId();

        TaskingState getState();
    }
}
