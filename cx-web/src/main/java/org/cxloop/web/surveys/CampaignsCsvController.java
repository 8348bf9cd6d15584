package org.cxloop.web.surveys;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.web.csv.CsvDownload;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The campaigns list of the surveys screen as CSV, with each campaign's progress and response rate. */
@Controller
class CampaignsCsvController {

    private final Campaigns campaigns;

    CampaignsCsvController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/surveys/campaigns.csv")
    void csv(HttpServletResponse response) throws IOException {
        var rows = campaigns.list().stream().map(c -> new CampaignRow(c, campaigns.progress(c.id()))).toList();
        try (var csv = CsvDownload.start(response, "campaigns.csv", "campaign", "name", "survey", "survey_type",
                "touchpoint", "status", "created_at", "launched_at", "invited", "answered", "response_rate")) {
            for (var row : rows) {
                var campaign = row.campaign();
                csv.row(campaign.id(), campaign.details().name(), campaign.surveyName(), campaign.surveyType(),
                        campaign.touchpointName(), campaign.status(), campaign.createdAt(), campaign.launchedAt(),
                        row.progress().invited(), row.progress().count("ANSWERED"), row.responseRate());
            }
        }
    }
}
