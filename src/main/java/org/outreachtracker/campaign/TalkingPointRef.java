package org.outreachtracker.campaign;

/**
 * A talking point as other features see it.
 *
 * @param pointsVersion the set of the campaign's points it belongs to: 1, or a later revised set
 */
public record TalkingPointRef(
        long id, long version, long campaignId, int pointsVersion, int position, String label, String text) {}
