package org.cxloop.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
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
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A manager in headless Chromium follows a drill-down: signs in, narrows the overview to a segment and a journey,
 * prints it to PDF, opens the touchpoint that pulls NPS down, then the customer behind one of its comments, and reads
 * both in Spanish. Screenshots of each page (and the PDF) land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class DrillDownBrowserIntegrationTests {

    static final String PASSWORD = "drill down in a browser";

    @LocalServerPort
    int port;

    @Autowired
    Users users;
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
    String email;
    Browser browser;

    @BeforeEach
    void signUpAndLoadData() {
        data = new DashboardData(stages, touchpoints, customers, jdbc).withMarchAndFebruaryAnswers();
        var at = OffsetDateTime.parse("2026-03-20T10:00:00Z");
        jdbc.sql("""
                        insert into survey_response (customer_id, touchpoint_id, survey_type, score, comment, responded_at, source,
                            created_at)
                        values (?, ?, 'NPS', 2, ?, ?, 'API', ?)""")
                .params(data.loyal, touchpoints.get(data.signup).id(), "The form lost everything I typed " + data.run, at, at)
                .update();
        jdbc.sql("insert into interaction (customer_id, touchpoint_id, occurred_at, resolved_on_first_contact) values (?, ?, ?, true)")
                .params(data.loyal, touchpoints.get(data.hotline).id(), OffsetDateTime.parse("2026-03-21T10:00:00Z")).update();
        journey = maps.create(new JourneyDetails("Joining " + data.run, "New customers", null));
        var asIs = maps.currentMap(journey).version().id();
        var stage = editor.addStage(asIs, new StageInput(data.onboarding, "Onboarding " + data.run));
        editor.addTouchpoint(asIs, stage, new TouchpointInput(data.signup, "Sign-up " + data.run, Channel.WEB, null, null,
                null, false, null));
        email = "drill-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        users.create(new NewUser(email, "Marta Gil", PASSWORD, Role.MANAGER));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerFollowsTheOverviewToATouchpointAndOnToACustomerInBothLanguages() throws Exception {
        browser = Browser.open(1280, 1000);
        var driver = browser.driver();
        signIn();
        driver.get(url("/?from=2026-03-01&to=2026-03-31"));

        new Select(driver.findElement(By.id("f-segment"))).selectByValue(data.segment);
        waitUntil(() -> driver.getCurrentUrl().contains("segment=" + data.segment));
        new Select(driver.findElement(By.id("f-journey"))).selectByValue(String.valueOf(journey));
        waitUntil(() -> driver.getCurrentUrl().contains("journey=" + journey));
        // Sign-up alone: 10 9 8 7 6 0 and the new 2, NPS 100 × (2 − 3) / 7 = −14
        assertThat(driver.findElement(By.cssSelector("#kpi-nps .cx-kpi-value")).getText()).isEqualTo("-14");
        assertThat(driver.findElement(By.cssSelector("#kpi-nps .cx-kpi-sample")).getText()).contains("7");
        browser.screenshot("20-drilldown-overview");

        click(By.cssSelector("#nps-drivers a.cx-page-link[href^='/touchpoints/" + data.signup + "']"));
        browser.waitForPath("/touchpoints/" + data.signup);
        assertThat(driver.getCurrentUrl()).contains("segment=" + data.segment, "journey=" + journey, "from=2026-03-01");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign-up " + data.run);
        assertThat(driver.findElement(By.cssSelector("#touchpoint-chart-nps canvas")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("touchpoint-comments")).getText()).contains("The form lost everything I typed");
        browser.screenshot("22-drilldown-touchpoint");

        click(By.cssSelector("#touchpoint-comments a[href='/customers/" + data.run + "-c1']"));
        browser.waitForPath("/customers/" + data.run + "-c1");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("c1");
        var timeline = driver.findElement(By.id("customer-timeline")).getText();
        assertThat(timeline).contains("The form lost everything I typed", "Interaction", "Hotline " + data.run, "NPS 2");
        browser.screenshot("23-drilldown-customer");

        click(By.cssSelector(".cx-lang a[hreflang=es]"));
        waitUntil(() -> driver.findElement(By.id("customer-timeline-heading")).getText().equals("Historial, lo más reciente primero"));
        assertThat(driver.findElement(By.id("customer-status")).getText()).contains("Activo");
        browser.screenshot("24-drilldown-customer-es");

        click(By.cssSelector("#customer-timeline a[href^='/touchpoints/" + data.signup + "']"));
        browser.waitForPath("/touchpoints/" + data.signup);
        assertThat(driver.findElement(By.id("touchpoint-comments-heading")).getText()).isEqualTo("Últimos comentarios");
        assertThat(driver.getCurrentUrl()).contains("period=12m");
        assertThat(driver.findElement(By.id("touchpoint-comments")).getText()).contains("The form lost everything I typed");
        browser.screenshot("25-drilldown-touchpoint-es");

        driver.get(url("/?from=2026-03-01&to=2026-03-31&segment=" + data.segment + "&journey=" + journey + "&lang=en"));
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.id("f-segment")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".cx-print-filters")).getText())
                .contains("Segment: " + data.segment, "Joining " + data.run);
        browser.screenshot("26-drilldown-overview-print");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        var pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(new PrintOptions()).getContent());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Files.write(Path.of("target/screenshots/26-drilldown-overview.pdf"), pdf);
    }

    @Test
    void theTouchpointAndCustomerPagesFitAPhone() throws Exception {
        browser = Browser.open(375, 800);
        var driver = browser.driver();
        signIn();
        driver.get(url("/touchpoints/" + data.signup + "?from=2026-03-01&to=2026-03-31&segment=" + data.segment + "&lang=en"));
        var nps = driver.findElement(By.id("kpi-nps")).getRect();
        var csat = driver.findElement(By.id("kpi-csat")).getRect();
        assertThat(csat.getY()).isGreaterThan(nps.getY() + nps.getHeight() - 1);
        assertThat(pageWidth()).as(widerThanTheWindow()).isLessThanOrEqualTo(375);
        browser.screenshot("27-drilldown-touchpoint-phone");

        driver.get(url("/customers/" + data.run + "-c1?lang=en"));
        assertThat(driver.findElement(By.id("customer-timeline")).getText()).contains("The form lost everything I typed");
        assertThat(pageWidth()).as(widerThanTheWindow()).isLessThanOrEqualTo(375);
        browser.screenshot("28-drilldown-customer-phone");
    }

    /** How wide the page lays out, so a phone never has to scroll sideways. */
    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth;");
    }

    /** The elements that reach past the window's right edge, to say what to fix. */
    private String widerThanTheWindow() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("""
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ');"""));
    }

    private void signIn() {
        browser.signIn(url("/login"), email, PASSWORD);
    }

    /** Clicks the element after scrolling it (at once, not smoothly) to the middle of the window. */
    private void click(By selector) {
        var element = browser.driver().findElement(selector);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
