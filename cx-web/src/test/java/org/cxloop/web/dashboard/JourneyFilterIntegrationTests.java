package org.cxloop.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxloop.web.dashboard.OverviewIntegrationTests.assertSelected;
import static org.cxloop.web.dashboard.OverviewIntegrationTests.part;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.journey.map.JourneyDetails;
import org.cxloop.journey.map.JourneyEditor;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.journey.map.StageInput;
import org.cxloop.journey.map.TouchpointInput;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The journey filter over {@link DashboardData} in March 2026, with a journey whose as-is map places only Sign-up: it
 * keeps the Hotline's answers out of the overview, the breakdown and the touchpoint page, and stays in the URL.
 */
@PostgresIntegrationTest
class JourneyFilterIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JourneyStages stages;
    @Autowired
    Touchpoints touchpoints;
    @Autowired
    Customers customers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JourneyMaps maps;
    @Autowired
    JourneyEditor editor;

    DashboardData data;
    long journey;

    @BeforeEach
    void loadDataSetAndJourney() {
        data = new DashboardData(stages, touchpoints, customers, jdbc).withMarchAndFebruaryAnswers();
        journey = maps.create(new JourneyDetails("Sign-up only " + data.run, "New customers", null));
        var asIs = maps.currentMap(journey).version().id();
        var stage = editor.addStage(asIs, new StageInput(data.onboarding, "Onboarding " + data.run));
        editor.addTouchpoint(asIs, stage, new TouchpointInput(data.signup, "Sign-up " + data.run, Channel.WEB, null, null,
                null, false, null));
    }

    @Test
    void theOverviewCountsOnlyTheAnswersAtTheJourneysTouchpoints() throws Exception {
        var all = page("/");
        // every touchpoint: NPS 11 over 9 answers; Sign-up alone: 10 9 8 7 6 0, NPS 0 over 6
        assertThat(part(all, "id=\"kpi-nps\"", "</article>")).contains(">11<", "n = 9 responses");

        var journeyOnly = page("/", "journey", String.valueOf(journey));
        assertThat(part(journeyOnly, "id=\"kpi-nps\"", "</article>")).contains(">0<", "n = 6 responses");
        assertSelected(journeyOnly, String.valueOf(journey));
        // the touchpoint choices narrow to the journey's
        var choices = part(journeyOnly, "id=\"f-touchpoint\"", "</select>");
        assertThat(choices).contains("value=\"" + data.signup + "\"").doesNotContain("value=\"" + data.hotline + "\"");
        assertThat(part(all, "id=\"f-touchpoint\"", "</select>")).contains("value=\"" + data.hotline + "\"");
        // the tabs keep the journey
        assertThat(journeyOnly).contains("href=\"/breakdown?from=2026-03-01&amp;to=2026-03-31&amp;segment=" + data.segment
                + "&amp;journey=" + journey + "\"");
    }

    @Test
    void theBreakdownAndTheTouchpointPageHonourTheJourney() throws Exception {
        var breakdown = page("/breakdown", "by", "touchpoint", "journey", String.valueOf(journey));
        var table = part(breakdown, "id=\"breakdown-table\"", "</table>");
        assertThat(table).contains("Sign-up " + data.run).doesNotContain("Hotline " + data.run);
        assertThat(table).contains("href=\"/touchpoints/" + data.signup + "?from=2026-03-01&amp;to=2026-03-31&amp;segment="
                + data.segment + "&amp;journey=" + journey + "\"");

        assertThat(page("/touchpoints/" + data.hotline, "journey", String.valueOf(journey))).contains("id=\"touchpoint-empty\"");
        var signup = page("/touchpoints/" + data.signup, "journey", String.valueOf(journey));
        assertThat(part(signup, "id=\"kpi-nps\"", "</article>")).contains("n = 6 responses");
        assertSelected(signup, String.valueOf(journey));
    }

    @Test
    void anUnknownOrUnreadableJourneyShowsEveryTouchpointAndSaysSo() throws Exception {
        for (var bad : new String[] {"987654321", "x'; drop table journey; --", "99999999999999999999999"}) {
            var page = page("/", "journey", bad);
            assertThat(page).contains("That journey does not exist, so this shows every touchpoint.");
            assertThat(part(page, "id=\"kpi-nps\"", "</article>")).contains("n = 9 responses");
        }
    }

    @Test
    void theStageChoicesNarrowToTheJourneyAndTheTouchpointChoicesToTheStage() throws Exception {
        var journeyOnly = page("/", "journey", String.valueOf(journey));
        var stageChoices = part(journeyOnly, "id=\"f-stage\"", "</select>");
        assertThat(stageChoices).contains("value=\"" + data.onboarding + "\"").doesNotContain("value=\"" + data.support + "\"");
        assertThat(part(page("/"), "id=\"f-stage\"", "</select>")).contains("value=\"" + data.support + "\"");

        var support = page("/", "stage", data.support);
        var touchpointChoices = part(support, "id=\"f-touchpoint\"", "</select>");
        assertThat(touchpointChoices).contains("value=\"" + data.hotline + "\"", "<optgroup label=\"Support " + data.run + "\"", "data-cx-stage=\"" + data.support + "\"")
                .doesNotContain("value=\"" + data.signup + "\"");
        // a chosen touchpoint stays on offer, so the form shows what the URL says
        OverviewIntegrationTests.assertSelected(part(page("/", "stage", data.support, "touchpoint", data.signup),
                "id=\"f-touchpoint\"", "</select>"), data.signup);
    }

    @Test
    void aStaleStageOrTouchpointCodeIsIgnoredWithANoticeInsteadOfAnError() throws Exception {
        for (var path : new String[] {"/", "/breakdown", "/topics", "/comments", "/retention", "/touchpoints/" + data.signup}) {
            var page = page(path, "stage", "gone-" + data.run, "touchpoint", "<b>old-" + data.run + "</b>");
            assertThat(page).as(path).contains("No stage has the code “gone-" + data.run + "” (any longer), so this shows every stage.",
                    "No touchpoint has the code “&lt;b&gt;old-" + data.run + "&lt;/b&gt;” (any longer), so this shows every touchpoint.");
        }
        // the figures are those of every stage and touchpoint: NPS over the 9 answers
        var overview = page("/", "stage", "gone-" + data.run);
        assertThat(part(overview, "id=\"kpi-nps\"", "</article>")).contains("n = 9 responses");
        var spanish = mvc.perform(get("/").queryParam("lang", "es").queryParam("touchpoint", "old-" + data.run)
                .with(user("manager@example.com").roles("MANAGER"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(spanish).contains("Ningún punto de contacto tiene el código “old-" + data.run + "”");
        var csv = org.cxloop.testsupport.CsvDownloads.csv(mvc, "/breakdown.csv?by=stage&from=2026-03-01&to=2026-03-31&segment="
                + data.segment + "&stage=gone-" + data.run);
        assertThat(csv.lines()).hasSize(3);
    }

    private String page(String path, String... params) throws Exception {
        var request = get(path).queryParam("lang", "en").queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .queryParam("segment", data.segment).with(user("manager@example.com").roles("MANAGER"));
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
