package org.outreachtracker.meeting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UnsavedMeetingRepository extends JpaRepository<UnsavedMeetingEntry, Long> {

    @Query("select u from UnsavedMeetingEntry u where u.userId = :userId and u.meetingKey = :meetingKey")
    Optional<UnsavedMeetingEntry> find(long userId, long meetingKey);

    @Modifying
    @Query("delete from UnsavedMeetingEntry u where u.userId = :userId and u.meetingKey = :meetingKey")
    int delete(long userId, long meetingKey);
}
