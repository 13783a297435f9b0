package org.outreachtracker.campaign;

import java.util.Set;

/**
 * Which talking points meetings have already raised. The meeting feature answers it; the
 * campaign feature asks through this interface because meetings depend on campaigns, not the
 * other way round. Callers outside these two features use
 * {@link CampaignService#raisedPointIds(long)}, which carries the access rule.
 */
public interface DeliveredPoints {

    /** The ids of the campaign's talking points raised in at least one meeting. */
    Set<Long> raisedPointIds(long campaignId);
}
