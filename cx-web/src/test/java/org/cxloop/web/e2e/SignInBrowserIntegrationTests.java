package org.cxloop.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.testsupport.Browser;
import org.cxloop.testsupport.PostgresTestConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A person in a real browser: signs in, finds the layout, switches to Spanish, creates an API key, signs out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class SignInBrowserIntegrationTests {

    static final String PASSWORD = "browser tests are real";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    Browser browser;
    String email;

    @BeforeEach
    void openBrowser() throws Exception {
        email = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        users.create(new NewUser(email, "Elena Ruiz", PASSWORD, Role.ADMIN));
        browser = Browser.open(1280, 900);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminSignsInUsesTheAdminScreensInBothLanguagesAndSignsOut() throws Exception {
        var driver = browser.driver();
        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        browser.screenshot("01-sign-in");

        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForPath("/");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        assertThat(driver.findElement(By.cssSelector(".cx-user")).getText()).isEqualTo(email);
        browser.screenshot("02-overview");

        driver.get(url("/admin/api-keys"));
        driver.findElement(By.id("name")).sendKeys("Browser test key");
        driver.findElement(By.cssSelector("form button[type=submit].btn-primary")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".cx-secret-value")).isEmpty());
        var secret = driver.findElement(By.cssSelector(".cx-secret-value")).getText();
        assertThat(secret).startsWith("cxk_");
        browser.screenshot("03-api-key-issued");

        driver.get(url("/admin/users"));
        assertThat(driver.getPageSource()).contains(email);
        browser.screenshot("04-users");

        for (var page : java.util.List.of("/surveys", "/surveys/new?type=CSAT", "/surveys/campaigns/new", "/admin/imports",
                "/admin/privacy", "/admin/audit")) {
            driver.get(url(page));
            assertThat(driver.findElements(By.tagName("h1"))).isNotEmpty();
            browser.screenshot("04-admin" + page.replaceAll("[^a-z]+", "-"));
        }

        driver.get(url("/admin/users?lang=es"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Usuarios");
        driver.get(url("/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Resumen");
        browser.screenshot("05-overview-es");

        driver.findElement(By.cssSelector(".cx-user")).click();
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        browser.waitForPath("/login");
        assertThat(driver.findElement(By.cssSelector(".alert-info")).getText()).isEqualTo("Has cerrado la sesión.");
    }

    @Test
    void aPhoneSizedScreenStillShowsTheSignInForm() throws Exception {
        browser.close();
        browser = Browser.open(375, 740);
        browser.driver().get(url("/login"));
        assertThat(browser.driver().findElement(By.id("username")).isDisplayed()).isTrue();
        browser.screenshot("06-sign-in-phone");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
