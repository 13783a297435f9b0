package org.outreachtracker.notification;

/**
 * Someone's unread count changed: they were told something, or read something. Once the
 * transaction commits, their open pages show the new count.
 */
record UnreadCountChanged(long userId) {}
