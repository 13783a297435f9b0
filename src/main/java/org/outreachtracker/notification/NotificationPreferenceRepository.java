package org.outreachtracker.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, NotificationPreference.Key> {

    @Query("select p from NotificationPreference p where p.key.userId = :userId")
    List<NotificationPreference> forUser(long userId);
}
