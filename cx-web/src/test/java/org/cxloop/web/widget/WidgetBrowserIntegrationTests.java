package org.cxloop.web.widget;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.PublishableKeys;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.testsupport.Browser;
import org.cxloop.testsupport.PostgresTestConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The widget on a customer's website, in a real browser: docs/widget-test.html, served from another origin (a
 * small HTTP server on its own port, as a shop's site would be), with a strict CSP of its own. The customer answers
 * the card; the answer is in CX Loop; the card then stays hidden (fatigue), and for a customer who opted out it
 * never shows. Both in Chromium and in WebKit, Safari's engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class WidgetBrowserIntegrationTests {

    @LocalServerPort int port;
    @Autowired PublishableKeys keys;
    @Autowired Customers customers;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;

    HttpServer shop;
    Browser browser;
    String suffix;
    String key;

    @BeforeEach
    void openShopAndBrowser() throws Exception {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        stages.save("buy-" + suffix, new StageDetails("Purchase", 3));
        touchpoints.save("web-" + suffix, new TouchpointDetails("Checkout", Channel.WEB, "buy-" + suffix));
        var template = Files.readString(Path.of("..", "docs", "widget-test.html"));
        shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        shop.createContext("/", exchange -> {
            var customer = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery().replace("customer=", "");
            var page = template.replace("__CX_URL__", "http://localhost:" + port).replace("__CX_KEY__", key)
                    .replace("__CUSTOMER__", customer).replace("__TOUCHPOINT__", "web-" + suffix)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        shop.start();
        key = keys.create("Example shop", "http://127.0.0.1:" + shop.getAddress().getPort(), "tests").key();
    }

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (shop != null) {
            shop.stop(0);
        }
    }

    @ParameterizedTest
    @EnumSource(Browser.Engine.class)
    void aCustomerAnswersTheCardOnTheShopsPageAndTheAnswerIsRecorded(Browser.Engine engine) throws Exception {
        browser = Browser.open(engine, 1280, 800);
        var shots = "widget-" + engine.name().toLowerCase(java.util.Locale.ROOT);
        var customer = customer(false);
        var driver = browser.driver();
        driver.get(shopPage(customer));

        var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        var card = wait.until(d -> d.findElement(By.cssSelector("[data-cxloop-widget]")));
        assertThat(card.getAttribute("role")).isEqualTo("region");
        assertThat(card.getText()).contains("How likely are you to recommend us");
        browser.screenshot(shots + "-01-card");

        card.findElement(By.cssSelector("button[data-score='9']")).click();
        assertThat(card.findElement(By.cssSelector("button[data-score='9']")).getAttribute("aria-pressed")).isEqualTo("true");
        card.findElement(By.tagName("textarea")).sendKeys("Checkout was quick");
        card.findElement(By.xpath(".//button[text()='Send']")).click();
        wait.until(d -> d.findElement(By.cssSelector("[data-cxloop-widget]")).getText().contains("Thank you for your answer!"));
        browser.screenshot(shots + "-02-thanks");

        var stored = jdbc.sql("""
                        select r.score, r.comment, r.source, t.code from survey_response r
                        join customer c on c.id = r.customer_id join touchpoint t on t.id = r.touchpoint_id
                        where c.external_id = :c""")
                .param("c", customer).query((rs, n) -> rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4))
                .list();
        assertThat(stored).containsExactly("9|Checkout was quick|WIDGET|web-" + suffix);

        driver.get(shopPage(customer));
        Thread.sleep(2500);
        assertThat(driver.findElements(By.cssSelector("[data-cxloop-widget]"))).as("asked recently: fatigue").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Browser.Engine.class)
    void aCustomerWhoOptedOutNeverSeesTheCard(Browser.Engine engine) throws Exception {
        browser = Browser.open(engine, 1280, 800);
        var customer = customer(true);
        var driver = browser.driver();
        driver.get(shopPage(customer));
        Thread.sleep(2500);
        assertThat(driver.findElements(By.cssSelector("[data-cxloop-widget]"))).isEmpty();
        assertThat(driver.findElement(By.tagName("h2")).getText()).contains("order is confirmed");
    }

    @Test
    void anAdminSeesTheKeyWithItsOriginAndSnippet() throws Exception {
        var email = "widget-admin-" + suffix + "@example.com";
        users.create(new NewUser(email, "Widget admin", "a long enough password", Role.ADMIN));
        browser = Browser.open(1280, 800);
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("a long enough password");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForPath("/");
        driver.get("http://localhost:" + port + "/admin/widget-keys");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Website widget");
        assertThat(driver.findElement(By.cssSelector(".cx-snippet")).getText()).contains("data-key=\"" + key + "\"");
        browser.screenshot("widget-03-admin-keys");
    }

    private String customer(boolean optedOut) {
        var id = "shopper-" + UUID.randomUUID().toString().substring(0, 8);
        customers.save(id, new CustomerDetails("Lucía Gómez", "lucia@example.com", "en", "retail", LocalDate.of(2025, 3, 1),
                null, false, optedOut));
        return id;
    }

    private String shopPage(String customer) {
        return "http://127.0.0.1:" + shop.getAddress().getPort() + "/order-confirmed?customer=" + customer;
    }
}
