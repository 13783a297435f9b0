package org.outreachtracker.notification;

import java.time.Instant;

/**
 * A notification as its recipient sees it.
 *
 * @param link the application path of the record it is about ("meetings/12"), without a leading slash
 */
public record NotificationRef(
        long id, NotificationKind kind, String title, String link, Instant createdAt, boolean read) {}
