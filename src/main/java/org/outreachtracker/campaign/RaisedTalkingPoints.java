package org.outreachtracker.campaign;

import java.util.Set;

/**
 * Which of a campaign's talking points have been raised in a meeting. Meetings record that, so
 * the feature that records meetings answers it; the campaign's page only asks.
 */
public interface RaisedTalkingPoints {

    /** The ids of the campaign's talking points raised in at least one meeting. */
    Set<Long> raisedPointIds(long campaignId);
}
