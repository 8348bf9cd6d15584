package org.cxloop.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.journey.map.JourneyDetails;
import org.cxloop.journey.map.JourneyEditor;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.journey.map.StageInput;
import org.cxloop.journey.map.TouchpointInput;
import org.cxloop.testsupport.Browser;
import org.cxloop.testsupport.PostgresTestConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every dashboard page in headless Chromium on a phone (375 px) and a laptop (1280 px): nothing may stick out to the
 * side (the page never scrolls sideways; wide tables scroll inside their own box), and a full-page screenshot of each
 * lands in target/screenshots as 16-page-&lt;name&gt;-&lt;width&gt;.png for review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class ResponsiveBrowserIntegrationTests {

    static final String PASSWORD = "responsive in a browser";

    /** Elements whose right edge passes the window, for a failure message that says what to fix. */
    private static final String OVERFLOW = """
            var width = window.innerWidth;
            if (document.documentElement.scrollWidth <= width) { return []; }
            var culprits = [];
            document.querySelectorAll('body *').forEach(function (e) {
                var r = e.getBoundingClientRect();
                if (r.right > width + 1 && culprits.length < 8) {
                    culprits.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                        + ' right=' + Math.round(r.right));
                }
            });
            return ['scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width].concat(culprits);""";

    @LocalServerPort
    int port;

    @Autowired Users users;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired JdbcClient jdbc;
    @Autowired JourneyMaps maps;
    @Autowired JourneyEditor editor;

    DashboardData data;
    String email;
    long journey;
    Browser browser;

    @BeforeEach
    void signUpAndLoadData() {
        data = new DashboardData(stages, touchpoints, customers, jdbc).withMarchAndFebruaryAnswers();
        email = "responsive-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        users.create(new NewUser(email, "Marta Gil", PASSWORD, Role.MANAGER));
        journey = maps.create(new JourneyDetails("Responsive " + data.run, "New customers", null));
        var asIs = maps.currentMap(journey).version().id();
        var onboarding = editor.addStage(asIs, new StageInput(data.onboarding, "Onboarding " + data.run));
        editor.addTouchpoint(asIs, onboarding, new TouchpointInput(data.signup, "Sign-up " + data.run, Channel.WEB, null,
                null, 4, true, null));
        var support = editor.addStage(asIs, new StageInput(data.support, "Support " + data.run));
        editor.addTouchpoint(asIs, support, new TouchpointInput(data.hotline, "Hotline " + data.run, Channel.PHONE, null,
                null, 4, false, null));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyDashboardPageFitsAPhoneAndALaptopWithoutSidewaysScrolling() throws Exception {
        var march = "from=2026-03-01&to=2026-03-31&segment=" + data.segment;
        var pages = new LinkedHashMap<String, String>();
        pages.put("overview", "/?" + march);
        pages.put("breakdown", "/breakdown?by=touchpoint&" + march);
        pages.put("topics", "/topics?" + march);
        pages.put("comments", "/comments?" + march);
        pages.put("retention", "/retention?from=2025-04-01&to=2026-03-31&segment=" + data.segment);
        pages.put("touchpoint", "/touchpoints/" + data.signup + "?" + march);
        pages.put("customer", "/customers/" + data.run + "-c1");
        pages.put("journey", "/journeys/" + journey + "?from=2026-03-01&to=2026-03-31");
        pages.put("single-point", "/?from=2026-03-02&to=2026-03-08&segment=" + data.segment);

        List<String> overflowing = new ArrayList<>();
        for (var width : new int[] {375, 1280}) {
            browser = Browser.open(width, 900);
            signIn();
            for (var page : pages.entrySet()) {
                browser.driver().get(url(page.getValue()));
                assertThat(browser.driver().findElement(By.tagName("h1")).getText()).as(page.getKey()).isNotBlank();
                @SuppressWarnings("unchecked")
                var culprits = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(OVERFLOW);
                if (!culprits.isEmpty()) {
                    overflowing.add(page.getKey() + " at " + width + " px: " + culprits);
                }
                browser.fullPageScreenshot("16-page-" + page.getKey() + "-" + width);
            }
            browser.close();
            browser = null;
        }
        assertThat(overflowing).as("pages that scroll sideways").isEmpty();
    }

    @Test
    void onAPhoneTheJourneyMapScrollsSidewaysInColumnsYouCanReadWithTheEmotionCurveOverThem() throws Exception {
        browser = Browser.open(375, 900);
        signIn();
        browser.driver().get(url("/journeys/" + journey + "?from=2026-03-01&to=2026-03-31"));
        @SuppressWarnings("unchecked")
        var layout = (java.util.Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const scroller = document.querySelector('.cx-journey-scroll');
                const svg = scroller.querySelector('.cx-curve-svg').getBoundingClientRect();
                const map = scroller.querySelector('.cx-map').getBoundingClientRect();
                const stages = [...scroller.querySelectorAll('.cx-stage')].map(s => s.getBoundingClientRect());
                const dots = [...scroller.querySelectorAll('.cx-curve-point circle')].map(c => c.getBoundingClientRect());
                const labels = [...scroller.querySelectorAll('.cx-curve-point text')].map(t => t.getBoundingClientRect().height);
                return {
                  scrolls: scroller.scrollWidth > scroller.clientWidth,
                  narrowestStage: Math.min(...stages.map(s => s.width)),
                  svgWidth: svg.width, mapWidth: map.width,
                  dotsOverTheirStages: dots.length === stages.length && dots.every((d, i) =>
                      d.left + d.width / 2 > stages[i].left && d.left + d.width / 2 < stages[i].right),
                  dotWidth: dots.length ? dots[0].width : 0,
                  smallestLabel: Math.min(...labels)
                };""");
        assertThat(layout.get("scrolls")).as("the stages scroll sideways inside the map").isEqualTo(true);
        assertThat(((Number) layout.get("narrowestStage")).doubleValue()).isGreaterThanOrEqualTo(200);
        assertThat(((Number) layout.get("svgWidth")).doubleValue())
                .isCloseTo(((Number) layout.get("mapWidth")).doubleValue(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(layout.get("dotsOverTheirStages")).isEqualTo(true);
        assertThat(((Number) layout.get("dotWidth")).doubleValue()).as("a dot keeps its 12 px").isCloseTo(12, org.assertj.core.data.Offset.offset(1.0));
        assertThat(((Number) layout.get("smallestLabel")).doubleValue()).as("labels keep their 14 px type").isGreaterThanOrEqualTo(14);
        browser.fullPageScreenshot("16-page-journey-phone-curve");
    }

    private void signIn() {
        browser.signIn(url("/login"), email, PASSWORD);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
