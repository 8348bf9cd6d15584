package org.cxloop.web.respond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.cxloop.core.Channel;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.campaign.Audience;
import org.cxloop.survey.campaign.CampaignDetails;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.survey.invitation.InvitationTokens;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Answers under load: every distinct link stores its answer, and a link hammered in parallel stores exactly one. */
@PostgresIntegrationTest
class ConcurrentAnswersIntegrationTests {

    static final int CUSTOMERS = 1000;

    @Autowired MockMvc mvc;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Surveys surveys;
    @Autowired Campaigns campaigns;
    @Autowired InvitationTokens tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void storesAThousandParallelAnswersToDistinctLinksAndOneForAHundredOnTheSameLink() throws Exception {
        var s = UUID.randomUUID().toString().substring(0, 8);
        stages.save("cc-" + s, new StageDetails("Purchase", 3));
        touchpoints.save("cct-" + s, new TouchpointDetails("Checkout", Channel.WEB, "cc-" + s));
        var now = Timestamp.from(Instant.now());
        for (var i = 0; i < CUSTOMERS; i++) {
            jdbc.sql("""
                            insert into customer (external_id, name, email, locale, segment, customer_since, created_at, updated_at)
                            values (:id, :name, :email, 'en', :segment, :since, :now, :now)""")
                    .param("id", "cc-" + s + "-" + i).param("name", "Load " + i).param("email", "load-" + i + "-" + s + "@example.com")
                    .param("segment", "seg-" + s).param("since", Date.valueOf(LocalDate.now().minusYears(1))).param("now", now)
                    .update();
        }
        var survey = surveys.create(SurveyDefinition.standard("Load " + s, SurveyType.CSAT));
        var campaign = campaigns.create(new CampaignDetails("Load " + s, survey.id(), "cct-" + s, Audience.SEGMENT,
                "seg-" + s, null, null, null, 0, 72, 14, false));
        assertThat(campaigns.launch(campaign.id()).invited()).isEqualTo(CUSTOMERS);
        List<String> links = jdbc.sql("select id, token_nonce from invitation where campaign_id = :c order by id")
                .param("c", campaign.id())
                .query((rs, n) -> tokens.tokenFor(rs.getLong(1), rs.getString(2))).list();

        var distinct = new ArrayList<Callable<Integer>>();
        for (var i = 0; i < links.size(); i++) {
            var token = links.get(i);
            var score = String.valueOf(i % 5 + 1);
            distinct.add(() -> mvc.perform(post("/s/{token}", token).param("score", score).with(from(token)))
                    .andReturn().getResponse().getStatus());
        }
        var same = new ArrayList<Callable<Integer>>();
        for (var i = 0; i < 100; i++) {
            var score = String.valueOf(i % 5 + 1);
            same.add(() -> mvc.perform(post("/s/{token}", links.getFirst()).param("score", score).with(from("x" + score)))
                    .andReturn().getResponse().getStatus());
        }
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (var result : pool.invokeAll(same)) {
                assertThat(result.get()).isEqualTo(302);
            }
            for (var result : pool.invokeAll(distinct)) {
                assertThat(result.get()).isEqualTo(302);
            }
        }
        var stored = jdbc.sql("""
                        select count(*) from survey_response r join invitation i on i.id = r.invitation_id
                        where i.campaign_id = :c""")
                .param("c", campaign.id()).query(Long.class).single();
        var answered = campaigns.progress(campaign.id()).count("ANSWERED");
        assertThat(stored).isEqualTo(CUSTOMERS);
        assertThat(answered).isEqualTo(CUSTOMERS);
    }

    /** Each caller its own address, so the per-address rate limit of the public pages does not interfere. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String seed) {
        return request -> {
            var hash = Math.abs(seed.hashCode());
            request.setRemoteAddr("10." + (hash % 250) + "." + (hash / 250 % 250) + "." + (hash / 62500 % 250 + 1));
            return request;
        };
    }
}
