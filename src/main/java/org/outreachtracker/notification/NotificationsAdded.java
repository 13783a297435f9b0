package org.outreachtracker.notification;

/** Someone was told something; once the transaction commits, their open pages show it. */
record NotificationsAdded(long recipientId) {}
