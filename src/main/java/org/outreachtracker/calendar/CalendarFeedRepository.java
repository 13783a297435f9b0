package org.outreachtracker.calendar;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    /** The feed whose address has this token hash (looked up by the unique index on the hash). */
    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
