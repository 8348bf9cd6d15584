package org.cxloop.web.surveys;

import org.cxloop.survey.campaign.CampaignProgress;
import org.cxloop.survey.campaign.CampaignView;

/** A campaign in the list with its progress and response rate (answered share of invited, 0–100). */
public record CampaignRow(CampaignView campaign, CampaignProgress progress) {

    public Double responseRate() {
        var invited = progress.invited();
        return invited == 0 ? null : 100.0 * progress.count("ANSWERED") / invited;
    }
}
