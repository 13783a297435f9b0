package org.outreachtracker.campaign;

/** An objection a campaign expects, as other features see it. */
public record ObjectionRef(long id, long campaignId, String text) {}
