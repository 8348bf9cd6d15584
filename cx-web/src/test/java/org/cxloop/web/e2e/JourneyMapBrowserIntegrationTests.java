package org.cxloop.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** An admin builds a small journey in a real browser and a colleague sees it on the map, on 1280 px and on paper. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class JourneyMapBrowserIntegrationTests {

    static final String PASSWORD = "journeys in a real browser";

    @LocalServerPort
    int port;

    @Autowired
    Users users;
    @Autowired
    JourneyMaps maps;
    @Autowired
    JourneyEditor editor;
    @Autowired
    Customers customers;
    @Autowired
    Touchpoints touchpoints;
    @Autowired
    JdbcClient jdbc;

    Browser browser;
    String admin;
    String manager;
    String s;

    @BeforeEach
    void openBrowser() throws Exception {
        s = UUID.randomUUID().toString().substring(0, 6);
        admin = "map-admin-" + s + "@example.com";
        manager = "map-reader-" + s + "@example.com";
        users.create(new NewUser(admin, "Irene Map", PASSWORD, Role.ADMIN));
        users.create(new NewUser(manager, "Omar Reader", PASSWORD, Role.MANAGER));
        browser = Browser.open(1280, 900);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminBuildsASmallJourneyAndAColleagueSeesItOnTheMap() throws Exception {
        var driver = browser.driver();
        signIn(admin);

        driver.get(url("/admin/journeys"));
        driver.findElement(By.id("name")).sendKeys("Home insurance " + s);
        driver.findElement(By.id("persona")).sendKeys("Young families");
        driver.findElement(By.id("description")).sendKeys("From the first quote to the first claim.");
        clickAndWaitForNextPage(driver.findElement(By.cssSelector("form[action='/admin/journeys'] button[type=submit]")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Edit map: Home insurance " + s);

        var stages = List.of("Awareness", "Consideration", "Purchase", "Onboarding", "Usage", "Support", "Claims", "Loyalty");
        for (var stage : stages) {
            driver.findElement(By.id("stage-name")).sendKeys(stage + " " + s);
            clickAndWaitForNextPage(driver.findElement(By.cssSelector("form[action$='/stages'] button[type=submit]")));
        }
        assertThat(stageNames()).hasSize(8).first().isEqualTo("Awareness " + s);

        addTouchpoint(2, "Online quote", "WEB", "Digital sales", "A price in two minutes", "4", false, "Too many questions");
        addTouchpoint(2, "Agent call", "PHONE", "Sales", "Someone who knows my case", "5", true, "");
        addTouchpoint(6, "Claim hotline", "PHONE", "Claims", "Help the same day", "5", true, "Long hold times");
        browser.screenshot("journey-01-editor");

        // The arrow buttons save in the background: the page does not reload and the order changes at once.
        var marker = ((JavascriptExecutor) driver).executeScript("window.cxNoReload = 'still here'; return window.cxNoReload;");
        assertThat(marker).isEqualTo("still here");
        stageColumns().get(1).findElement(By.cssSelector(".cx-stage-tools form.cx-move:first-of-type button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> stageNames().getFirst().equals("Consideration " + s));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.cxNoReload;")).isEqualTo("still here");
        driver.navigate().refresh();
        assertThat(stageNames().subList(0, 2)).containsExactly("Consideration " + s, "Awareness " + s);

        // A to-be draft without the online quote, compared side by side with the as-is.
        clickAndWaitForNextPage(driver.findElement(By.cssSelector("a.cx-back")));
        driver.findElement(By.id("label")).sendKeys("Agents only");
        clickAndWaitForNextPage(driver.findElement(By.cssSelector("form[action$='/drafts'] button")));
        assertThat(driver.findElement(By.cssSelector(".cx-page-head .cx-status")).getText()).isEqualTo("To-be draft");
        clickAndWaitForNextPage(stageColumns().get(2).findElement(By.cssSelector(".cx-card-edit form[action$='/delete'] button")));
        assertThat(stageColumns().get(2).findElements(By.cssSelector(".cx-tp-name"))).extracting(WebElement::getText)
                .containsExactly("Agent call " + s);
        clickAndWaitForNextPage(driver.findElement(By.cssSelector("a.cx-back")));
        browser.screenshot("journey-05-versions");
        clickAndWaitForNextPage(driver.findElement(By.linkText("Compare")));
        assertThat(driver.findElement(By.cssSelector(".cx-page-head")).getText()).contains("1 removed");
        assertThat(driver.findElement(By.cssSelector(".cx-compare-item.cx-change-REMOVED")).getText()).contains("Online quote " + s);
        browser.screenshot("journey-06-compare");

        signOut();
        signIn(manager);
        driver.get(url("/journeys"));
        clickAndWaitForNextPage(driver.findElement(By.partialLinkText("Home insurance " + s)));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Home insurance " + s);
        assertThat(stageNames()).containsExactly("Consideration " + s, "Awareness " + s, "Purchase " + s, "Onboarding " + s,
                "Usage " + s, "Support " + s, "Claims " + s, "Loyalty " + s);
        var purchase = stageColumns().get(2);
        assertThat(purchase.findElements(By.cssSelector(".cx-tp-name"))).extracting(WebElement::getText)
                .containsExactly("Online quote " + s, "Agent call " + s);
        assertThat(purchase.findElements(By.cssSelector(".cx-tp-mot .cx-mot"))).extracting(WebElement::getText)
                .containsExactly("★ Moment of truth");
        assertThat(purchase.findElement(By.cssSelector(".cx-channel")).getText()).isEqualTo("Web");
        assertThat(purchase.getText()).contains("No data yet").contains("4 / 5");
        var js = (JavascriptExecutor) driver;
        assertThat((Boolean) js.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                .as("8 stages fit 1280 px without horizontal scrolling").isTrue();
        assertThat((Boolean) js.executeScript(
                "return Array.from(document.querySelectorAll('.cx-stage')).every(s => s.getBoundingClientRect().right <= window.innerWidth);"))
                .isTrue();
        browser.screenshot("journey-02-map-1280");

        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector(".cx-header")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".cx-map")).isDisplayed()).isTrue();
        browser.screenshot("journey-03-map-print");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        driver.get(url("/journeys?lang=es"));
        clickAndWaitForNextPage(driver.findElement(By.partialLinkText("Home insurance " + s)));
        assertThat(stageColumns().get(2).getText()).contains("Sin datos todavía").contains("★ Momento de la verdad");
        browser.screenshot("journey-04-map-es");
    }

    @Test
    void aColleagueReadsLiveFiguresTheGapsAndTheEmotionCurveOnTheMap() throws Exception {
        var journey = maps.create(new JourneyDetails("Live home insurance " + s, "Young families", null));
        var version = maps.currentMap(journey).version().id();
        var stageIds = new ArrayList<Long>();
        for (var stage : List.of("Awareness", "Consideration", "Purchase", "Onboarding", "Usage", "Support", "Claims", "Loyalty")) {
            stageIds.add(editor.addStage(version, new StageInput(stage.toLowerCase() + "-" + s, stage + " " + s)));
        }
        place(version, stageIds.get(0), "ad", "Social ad", Channel.SOCIAL, 3, false);
        place(version, stageIds.get(2), "quote", "Online quote", Channel.WEB, 4, false);
        place(version, stageIds.get(2), "agent", "Agent call", Channel.PHONE, 5, true);
        place(version, stageIds.get(3), "welcome", "Welcome mail", Channel.EMAIL, 4, false);
        place(version, stageIds.get(5), "chat", "Support chat", Channel.CHAT, 4, false);
        place(version, stageIds.get(6), "hotline", "Claim hotline", Channel.PHONE, 5, true);
        place(version, stageIds.get(7), "renewal", "Renewal", Channel.EMAIL, null, false);
        var customer = customers.save("live-" + s, new CustomerDetails("Ana", null, null, null, LocalDate.parse("2025-01-01"),
                null, false, false)).value().id();
        // mean CSAT per stage: awareness 4, purchase (5 4 2 5 5) 4.2, onboarding 3.5, support 2.5, claims 2
        answers(customer, "ad", "CSAT", 4, 4, 4);
        answers(customer, "quote", "CSAT", 5, 4, 2);
        answers(customer, "agent", "CSAT", 5, 5);
        answers(customer, "quote", "NPS", 10, 9, 8, 6, 3);
        answers(customer, "agent", "CES", 6, 4);
        answers(customer, "welcome", "CSAT", 4, 3);
        answers(customer, "chat", "CSAT", 3, 2);
        answers(customer, "hotline", "CSAT", 2, 2, 1, 3);
        answers(customer, "hotline", "NPS", 2, 5, 9);

        signIn(manager);
        var driver = browser.driver();
        driver.get(url("/journeys/" + journey));
        var purchase = stageColumns().get(2);
        assertThat(seen(purchase.findElement(By.cssSelector(".cx-stage-head")))).contains("80 % satisfied · mean 4.20 / 5 · n = 5");
        var quote = driver.findElement(By.cssSelector("[data-code='quote-" + s + "']"));
        var quoteGap = quote.findElement(By.cssSelector(".cx-gap"));
        assertThat(seen(quoteGap)).isEqualTo("−0.33 below");
        assertThat(quoteGap.getCssValue("background-color")).isEqualTo("rgba(255, 228, 230, 1)");
        var agentGap = driver.findElement(By.cssSelector("[data-code='agent-" + s + "'] .cx-gap"));
        assertThat(seen(agentGap)).isEqualTo("+0.00 at or above");
        assertThat(agentGap.getCssValue("background-color")).isEqualTo("rgba(220, 252, 231, 1)");
        assertThat(driver.findElement(By.cssSelector("[data-code='renewal-" + s + "'] .cx-gap")).getText())
                .isEqualTo("no expected score set");
        assertThat(stageColumns().get(1).getText()).contains("CSAT · NPS · CES: no data yet");
        // Awareness, then a gap at Consideration, then Purchase to Onboarding, then Support to Claims
        var lines = driver.findElements(By.cssSelector(".cx-curve-chart .cx-curve-line"));
        assertThat(lines).hasSize(2);
        assertThat(driver.findElements(By.cssSelector(".cx-curve-chart circle"))).hasSize(5);
        assertThat(lines.getFirst().getRect().getWidth()).isPositive();
        var js = (JavascriptExecutor) driver;
        assertThat((Boolean) js.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                .as("8 stages with figures fit 1280 px without horizontal scrolling").isTrue();
        assertThat((Boolean) js.executeScript("""
                const scroller = document.querySelector('.cx-journey-scroll');
                return scroller.scrollWidth <= scroller.clientWidth;"""))
                .as("nor does the map scroll inside itself").isTrue();
        browser.screenshot("journey-07-map-figures");
        js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", quote);
        browser.screenshot("journey-07-map-figures-cards");

        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector(".cx-curve-chart svg")).isDisplayed()).isTrue();
        browser.screenshot("journey-08-map-figures-print");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        driver.get(url("/journeys/" + journey + "?lang=es"));
        assertThat(driver.findElement(By.cssSelector("[data-code='quote-" + s + "'] .cx-gap")).getText())
                .isEqualTo("−0,33 por debajo");
        browser.screenshot("journey-09-map-figures-es");
    }

    @Test
    void anAdminDragsAStageAndACardAndTheNewOrderIsThereAfterAReload() throws Exception {
        var journey = maps.create(new JourneyDetails("Drag " + s, "Commuters", null));
        var version = maps.currentMap(journey).version().id();
        var stageIds = new ArrayList<Long>();
        for (var stage : List.of("Awareness", "Purchase", "Usage", "Support")) {
            stageIds.add(editor.addStage(version, new StageInput(null, stage + " " + s)));
        }
        place(version, stageIds.get(1), "quote", "Online quote", Channel.WEB, 4, false);
        place(version, stageIds.get(3), "chat", "Support chat", Channel.CHAT, 4, false);
        signIn(admin);
        var driver = browser.driver();
        driver.get(url("/admin/journeys/" + journey + "/versions/" + version));
        var js = (JavascriptExecutor) driver;
        js.executeScript("window.cxNoReload = 'still here';");

        // A real pointer drag: press on Support's heading, move over Awareness, release.
        new Actions(driver).dragAndDrop(stageColumns().get(3).findElement(By.cssSelector(".cx-stage-name")), stageColumns().get(0))
                .perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> stageNames().getFirst().equals("Support " + s));
        assertThat(stageNames()).containsExactly("Support " + s, "Awareness " + s, "Purchase " + s, "Usage " + s);
        assertThat(stageColumns().getFirst().findElement(By.cssSelector(".cx-stage-step")).getText()).isEqualTo("1");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> maps.currentMap(journey).stages().getFirst().name().equals("Support " + s));

        // A card dragged from Purchase onto the Usage column, before nothing: it goes last there.
        var quote = driver.findElement(By.cssSelector(".cx-card-edit:has([data-code='quote-" + s + "'])"));
        new Actions(driver).dragAndDrop(quote, stageColumns().get(3).findElement(By.cssSelector(".cx-stage-cards > a"))).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !maps.currentMap(journey).stages().get(3).touchpoints().isEmpty());
        assertThat(js.executeScript("return window.cxNoReload;")).as("no page load happened").isEqualTo("still here");
        browser.screenshot("journey-10-editor-dragged");

        driver.navigate().refresh();
        assertThat(js.executeScript("return window.cxNoReload;")).isNull();
        assertThat(stageNames()).containsExactly("Support " + s, "Awareness " + s, "Purchase " + s, "Usage " + s);
        assertThat(stageColumns().get(3).findElements(By.cssSelector(".cx-tp-name"))).extracting(WebElement::getText)
                .containsExactly("Online quote " + s);
        assertThat(stageColumns().get(2).findElements(By.cssSelector(".cx-tp-name"))).isEmpty();

        // The keyboard way: the arrow buttons, reached with Tab and pressed with Enter, move without a reload too.
        js.executeScript("window.cxNoReload = 'still here';");
        var later = stageColumns().get(0).findElement(By.cssSelector(".cx-stage-tools form.cx-move:nth-of-type(2) button"));
        later.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> stageNames().get(1).equals("Support " + s));
        assertThat(driver.switchTo().activeElement().getAttribute("aria-label")).isEqualTo("Move the stage Support " + s + " one place later");
        assertThat(js.executeScript("return window.cxNoReload;")).isEqualTo("still here");
        assertThat(maps.currentMap(journey).stages()).extracting(st -> st.name())
                .containsExactly("Awareness " + s, "Support " + s, "Purchase " + s, "Usage " + s);

        // Archiving a card takes it off the columns into the archived list, from where it comes back.
        clickAndWaitForNextPage(driver.findElement(By.cssSelector("button[aria-label='Archive Online quote " + s + "']")));
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).startsWith("The touchpoint was archived");
        assertThat(stageColumns().get(3).findElements(By.cssSelector(".cx-tp-name"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".cx-archived")).getText()).contains("Online quote " + s + " (quote-" + s + ")");
        js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                driver.findElement(By.cssSelector(".cx-archived")));
        browser.screenshot("journey-11-editor-archived");
        clickAndWaitForNextPage(driver.findElement(By.cssSelector("button[aria-label='Restore Online quote " + s + "']")));
        assertThat(stageColumns().get(3).findElements(By.cssSelector(".cx-tp-name"))).extracting(WebElement::getText)
                .containsExactly("Online quote " + s);
        assertThat(driver.findElements(By.cssSelector(".cx-archived"))).isEmpty();
    }

    /** The text a reader sees, with the non-breaking spaces that keep "n = 5" together read as spaces. */
    private static String seen(WebElement element) {
        return element.getText().replace('\u00a0', ' ');
    }

    private void place(long version, long stage, String code, String name, Channel channel, Integer expected, boolean momentOfTruth) {
        editor.addTouchpoint(version, stage, new TouchpointInput(code + "-" + s, name + " " + s, channel, null, null, expected,
                momentOfTruth, null));
    }

    /** Answers a day apart, the last one yesterday, so the map's default period (the last 90 days) holds them. */
    private void answers(long customer, String touchpoint, String type, int... scores) {
        var at = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        for (var score : scores) {
            jdbc.sql("""
                    insert into survey_response (customer_id, touchpoint_id, survey_type, score, responded_at, source, created_at)
                    values (?, ?, ?, ?, ?, 'API', ?)""")
                    .params(customer, touchpoints.get(touchpoint + "-" + s).id(), type, score, at, at)
                    .update();
            at = at.minusDays(1);
        }
    }

    private void addTouchpoint(int stageIndex, String name, String channel, String owner, String expectation, String csat,
            boolean momentOfTruth, String pain) {
        var driver = browser.driver();
        clickAndWaitForNextPage(stageColumns().get(stageIndex).findElement(By.cssSelector("a[href$='/touchpoints/new']")));
        driver.findElement(By.id("name")).sendKeys(name + " " + s);
        new Select(driver.findElement(By.id("channel"))).selectByValue(channel);
        driver.findElement(By.id("ownerTeam")).sendKeys(owner);
        driver.findElement(By.id("expectation")).sendKeys(expectation);
        new Select(driver.findElement(By.id("expectedCsat"))).selectByValue(csat);
        if (momentOfTruth) {
            driver.findElement(By.id("momentOfTruth")).click();
        }
        driver.findElement(By.id("painPoints")).sendKeys(pain);
        clickAndWaitForNextPage(driver.findElement(By.cssSelector("button[type=submit].btn-primary")));
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("The touchpoint was placed on the map.");
    }

    private void clickAndWaitForNextPage(WebElement element) {
        var page = browser.driver().findElement(By.tagName("html"));
        // Bootstrap scrolls smoothly; an instant scroll keeps the element where the click lands.
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> replaced(page));
    }

    /**
     * Whether the page an element belongs to has been replaced. Chromium 156 answers a question about an element of
     * a page being unloaded with "Node with given id does not belong to the document" instead of a stale-element
     * error, which ExpectedConditions.stalenessOf does not take for staleness.
     */
    private static boolean replaced(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private List<WebElement> stageColumns() {
        return browser.driver().findElements(By.cssSelector(".cx-map > .cx-stage"));
    }

    private List<String> stageNames() {
        return browser.driver().findElements(By.cssSelector(".cx-map > .cx-stage .cx-stage-name")).stream()
                .map(WebElement::getText).toList();
    }

    private void signIn(String email) {
        var driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWaitForNextPage(driver.findElement(By.cssSelector("button[type=submit]")));
        assertThat(driver.findElement(By.cssSelector(".cx-user")).getText()).isEqualTo(email);
    }

    private void signOut() {
        var driver = browser.driver();
        driver.findElement(By.cssSelector(".cx-user")).click();
        clickAndWaitForNextPage(driver.findElement(By.cssSelector("form[action='/logout'] button")));
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
