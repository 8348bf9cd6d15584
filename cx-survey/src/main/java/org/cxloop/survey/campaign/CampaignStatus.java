package org.cxloop.survey.campaign;

/** Whether a campaign has sent its invitations yet. */
public enum CampaignStatus {
    DRAFT, LAUNCHED
}
