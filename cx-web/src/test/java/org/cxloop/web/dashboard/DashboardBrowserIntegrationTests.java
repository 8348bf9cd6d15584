package org.cxloop.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.testsupport.Browser;
import org.cxloop.testsupport.PostgresTestConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A manager in headless Chromium: signs in, narrows the overview to a segment with the filter bar, follows the tab to
 * the breakdown and the retention page with the filters kept, switches to Spanish, and leaves a screenshot of each page in
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class DashboardBrowserIntegrationTests {

    static final String PASSWORD = "dashboards in a browser";

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

    DashboardData data;
    String email;
    Browser browser;

    @BeforeEach
    void signUpAndLoadData() {
        data = new DashboardData(stages, touchpoints, customers, jdbc).withMarchAndFebruaryAnswers();
        email = "dash-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        users.create(new NewUser(email, "Marta Gil", PASSWORD, Role.MANAGER));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerFiltersTheOverviewFollowsItToTheBreakdownAndReadsItInSpanish() throws Exception {
        browser = Browser.open(1280, 1000);
        var driver = browser.driver();
        signIn();
        driver.get(url("/?from=2026-03-01&to=2026-03-31"));

        new Select(driver.findElement(By.id("f-segment"))).selectByValue(data.segment);
        waitUntil(() -> driver.getCurrentUrl().contains("segment=" + data.segment));
        assertThat(driver.findElement(By.cssSelector("#kpi-nps .cx-kpi-value")).getText()).isEqualTo("11");
        assertThat(driver.findElement(By.cssSelector("#kpi-nps .cx-kpi-change")).getText()).contains("+111 pts", "significant");
        assertThat(driver.findElement(By.cssSelector("#trend-nps canvas")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#trend-nps details")).getAttribute("open")).isNull();
        browser.screenshot("10-dashboard-overview");

        driver.findElement(By.cssSelector(".cx-tabs a[href^='/breakdown']")).click();
        browser.waitForPath("/breakdown");
        assertThat(driver.getCurrentUrl()).contains("from=2026-03-01", "segment=" + data.segment);
        assertThat(driver.findElement(By.id("breakdown-table")).getText()).contains("Sign-up " + data.run, "Hotline " + data.run);
        assertThat(driver.findElement(By.cssSelector("#breakdown-chart canvas")).isDisplayed()).isTrue();
        browser.screenshot("11-dashboard-breakdown");

        driver.findElement(By.cssSelector(".cx-lang a[hreflang=es]")).click();
        waitUntil(() -> driver.findElement(By.tagName("h1")).getText().equals("Desglose"));
        assertThat(driver.getCurrentUrl()).contains("segment=" + data.segment);
        browser.screenshot("12-dashboard-breakdown-es");

        driver.findElement(By.cssSelector(".cx-tabs a[href^='/?']")).click();
        waitUntil(() -> driver.findElement(By.tagName("h1")).getText().equals("Resumen"));
        assertThat(driver.findElement(By.cssSelector("#kpi-csat .cx-kpi-value")).getText()).isEqualTo("50,0 %");
        browser.screenshot("13-dashboard-overview-es");

        driver.findElement(By.cssSelector(".cx-tabs a[href^='/retention']")).click();
        waitUntil(() -> driver.findElement(By.tagName("h1")).getText().equals("Retención"));
        assertThat(driver.findElement(By.cssSelector("#kpi-churn .cx-kpi-value")).getText()).isEqualTo("50,0 %");
        browser.screenshot("14-dashboard-retention-es");
    }

    @Test
    void theRetentionPageDrawsChurnAndRetentionOverTime() throws Exception {
        browser = Browser.open(1280, 1000);
        var driver = browser.driver();
        signIn();
        driver.get(url("/retention?lang=en&from=2025-12-01&to=2026-03-31&segment=" + data.segment));

        // of the 5 customers active on 30 November, c1 and c5 are still active on 31 March: 40 %; from August to
        // November all 4 stayed: 100 %, so −60 points, within noise (1.96 × 100 × √(6/9 × 3/9 × (1/4 + 1/5)) = 62)
        assertThat(driver.findElement(By.cssSelector("#kpi-retention .cx-kpi-value")).getText()).isEqualTo("40.0 %");
        assertThat(driver.findElement(By.cssSelector("#kpi-retention .cx-kpi-change")).getText())
                .contains("-60.0 pts", "within noise");
        assertThat(driver.findElement(By.cssSelector("#trend-churn canvas")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#trend-retention canvas")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#trend-retention details")).getAttribute("open")).isNull();
        browser.screenshot("18-dashboard-retention");
    }

    @Test
    void theCommentsFiltersNarrowTheTouchpointsToTheChosenStageAtOnce() throws Exception {
        browser = Browser.open(1280, 1000);
        var driver = browser.driver();
        signIn();
        driver.get(url("/comments?lang=en&from=2026-03-01&to=2026-03-31"));
        var onboarding = By.cssSelector("#f-touchpoint optgroup[data-cx-stage='" + data.onboarding + "']");
        assertThat(driver.findElement(onboarding).getDomProperty("hidden")).isEqualTo("false");

        // hold the live submit back for a moment to see the narrowing the script does before the page reloads
        ((JavascriptExecutor) driver).executeScript("var form = document.querySelector('form[data-cx-live]');"
                + "form.cxSubmit = form.requestSubmit; form.requestSubmit = function () {};");
        new Select(driver.findElement(By.id("f-stage"))).selectByValue(data.support);
        assertThat(driver.findElement(onboarding).getDomProperty("hidden")).isEqualTo("true");
        assertThat(driver.findElement(By.cssSelector("#f-touchpoint optgroup[data-cx-stage='" + data.support + "']"))
                .getDomProperty("hidden")).isEqualTo("false");

        ((JavascriptExecutor) driver).executeScript("var form = document.querySelector('form[data-cx-live]');"
                + "form.requestSubmit = form.cxSubmit;");
        new Select(driver.findElement(By.id("f-touchpoint"))).selectByValue(data.hotline);
        waitUntil(() -> driver.getCurrentUrl().contains("touchpoint=" + data.hotline));
        assertThat(driver.getCurrentUrl()).contains("stage=" + data.support);
        browser.screenshot("19-dashboard-comments-filtered");
    }

    @Test
    void thePhoneSizedOverviewStacksItsCards() throws Exception {
        browser = Browser.open(375, 800);
        var driver = browser.driver();
        signIn();
        driver.get(url("/?from=2026-03-01&to=2026-03-31&segment=" + data.segment));

        var nps = driver.findElement(By.id("kpi-nps")).getRect();
        var csat = driver.findElement(By.id("kpi-csat")).getRect();
        assertThat(csat.getY()).isGreaterThan(nps.getY() + nps.getHeight() - 1);
        assertThat(nps.getWidth()).isLessThanOrEqualTo(375);
        browser.screenshot("15-dashboard-overview-phone");
    }

    private void signIn() {
        browser.signIn(url("/login"), email, PASSWORD);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
