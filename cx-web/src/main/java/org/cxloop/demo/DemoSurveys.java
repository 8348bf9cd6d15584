package org.cxloop.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.cxloop.survey.campaign.Audience;
import org.cxloop.survey.campaign.CampaignDetails;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.survey.response.SurveyType;
import org.springframework.stereotype.Component;

/**
 * The demo's survey library and two campaigns ready to launch, so that a demo shows how listening starts and not only
 * what came of it: a relationship NPS to every customer and a CSAT after phone support to those who called in the last
 * 30 days. The campaigns stay drafts: launching one mails the demo's customers, which is the admin's decision (with
 * Mailpit from docker-compose.yml the mail lands there).
 */
@Component
class DemoSurveys {

    /** Every demo survey and campaign name ends with this, as the demo journey's does. */
    private static final String MARK = " (demo)";

    private final Surveys surveys;
    private final Campaigns campaigns;
    private final Clock clock;

    DemoSurveys(Surveys surveys, Campaigns campaigns, Clock clock) {
        this.surveys = surveys;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    void write() {
        var relationship = surveys.create(SurveyDefinition.standard("Relationship NPS" + MARK, SurveyType.NPS));
        var support = surveys.create(SurveyDefinition.standard("Support satisfaction" + MARK, SurveyType.CSAT));
        surveys.create(SurveyDefinition.standard("Checkout effort" + MARK, SurveyType.CES));
        campaigns.create(new CampaignDetails("Quarterly relationship NPS" + MARK, relationship.id(), "app-use",
                Audience.EVERYONE, null, null, null, null, 1, 72, 14, true));
        var today = LocalDate.now(clock);
        campaigns.create(new CampaignDetails("After phone support" + MARK, support.id(), "support-phone",
                Audience.INTERACTION, null, today.minusDays(30), today, null, 1, 48, 7, true));
    }
}
