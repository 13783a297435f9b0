package org.outreachtracker.campaign;

/** A talking point as other features see it. */
public record TalkingPointRef(long id, long version, long campaignId, int position, String label, String text) {}
