package org.outreachtracker.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByRecipientIdAndSubjectKey(long recipientId, String subjectKey);

    @Query("select count(n) from Notification n where n.recipientId = :recipientId and n.readAt is null")
    long countUnread(long recipientId);

    @Query("select count(n) from Notification n where n.recipientId = :recipientId")
    long countFor(long recipientId);

    /** The recipient's notifications, unread first, newest first within each. */
    @Query("""
            select n from Notification n where n.recipientId = :recipientId
            order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc""")
    List<Notification> pageFor(long recipientId, Pageable pageable);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :now where n.id = :id and n.recipientId = :recipientId"
            + " and n.readAt is null")
    int markRead(long id, long recipientId, Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant now);

    /** Notifications waiting for the daily digest, by recipient and age. */
    @Query("""
            select n from Notification n where n.delivery = :delivery and n.emailedAt is null
            order by n.recipientId, n.createdAt, n.id""")
    List<Notification> waitingFor(Delivery delivery);

    /** Who was told anything after the notification with this id (for pages open on another node). */
    @Query("select distinct n.recipientId from Notification n where n.id > :afterId")
    List<Long> recipientsAfter(long afterId);

    @Query("select coalesce(max(n.id), 0) from Notification n")
    long lastId();

    @Query("select n.recipientId from Notification n where n.id in :ids")
    List<Long> recipientsOf(Collection<Long> ids);
}
