package org.outreachtracker.notification;

/** How the signed-in user hears of one kind of notification. */
public record PreferenceChoice(NotificationKind kind, Delivery delivery) {}
