package org.cxloop.web.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.SignInSettings;
import org.cxloop.core.user.Users;
import org.cxloop.testsupport.OpenIdProvider;
import org.cxloop.testsupport.OpenIdProvider.Person;
import org.cxloop.testsupport.PostgresTestConfiguration;
import java.time.Duration;
import org.cxloop.testsupport.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on through a real OpenID provider (Spring Authorization Server on its own port) and the real
 * authorization code flow: a real HTTP client with cookies clicks the button, signs in at the provider, follows the
 * redirects back, and CX Loop exchanges the code for tokens. Here unknown people get an account on first sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cx.sso.create-users=true")
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class SingleSignOnIntegrationTests {

    static final String PASSWORD = "provider password";

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired SignInSettings settings;

    /** Past the first-run setup: the sign-in page only shows once somebody exists. */
    @BeforeEach
    void somebodyExists() {
        if (users.none()) {
            users.create(new NewUser("first-admin@example.com", "First admin", "a long enough password", Role.ADMIN));
        }
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        CompanyProvider.register(registry);
    }

    @Test
    void aNewcomerInTheAdminGroupSignsInThroughTheProviderAndGetsAnAdminAccount() throws Exception {
        var person = person("Ana Torres", "cx-admins", "staff");
        assertThat(users.findForSignIn(person.email())).isEmpty();
        var client = new SignInClient(port);

        var landed = client.signInWithProvider(person.username(), PASSWORD);

        assertThat(landed.uri().toString()).isEqualTo(client.app("/"));
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains(person.email()).contains("href=\"/admin/users\"");
        var account = users.findForSignIn(person.email()).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.ADMIN);
        assertThat(account.displayName()).isEqualTo("Ana Torres");
        assertThat(users.list()).filteredOn(u -> u.email().equals(person.email()))
                .singleElement().satisfies(u -> assertThat(u.lastSignInAt()).isNotNull());
        assertThat(client.get(client.app("/admin/users")).statusCode()).isEqualTo(200);
    }

    @Test
    void theRoleFollowsTheProviderGroupsAtEverySignIn() throws Exception {
        var person = person("Bruno Díaz", "cx-managers");
        users.create(new NewUser(person.email(), "Bruno", "a long enough password", Role.ADMIN));
        users.create(new NewUser("other-admin-" + UUID.randomUUID() + "@example.com", "Other", "a long enough password", Role.ADMIN));
        var client = new SignInClient(port);

        var landed = client.signInWithProvider(person.username(), PASSWORD);

        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(users.findForSignIn(person.email()).orElseThrow().role()).isEqualTo(Role.MANAGER);
        assertThat(client.get(client.app("/admin/users")).statusCode()).isEqualTo(403);
        assertThat(client.get(client.app("/cases")).statusCode()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsRefusedEvenThoughTheProviderVouchesForIt() throws Exception {
        var person = person("Carla Gil", "cx-managers");
        var created = users.create(new NewUser(person.email(), "Carla", "a long enough password", Role.MANAGER));
        users.enable(created.id(), false);
        var client = new SignInClient(port);

        var landed = client.signInWithProvider(person.username(), PASSWORD);

        assertThat(landed.uri().toString()).isEqualTo(client.app("/login?sso=disabled"));
        assertThat(landed.body()).contains("Your CX Loop account is disabled.");
        assertThat(client.get(client.app("/")).uri().getPath()).isEqualTo("/login");
    }

    @Test
    void somebodyWhoseGroupsMapToNoRoleIsRefusedAndGetsNoAccount() throws Exception {
        var person = person("Dario Sanz", "warehouse");
        var client = new SignInClient(port);

        var landed = client.signInWithProvider(person.username(), PASSWORD);

        assertThat(landed.uri().toString()).isEqualTo(client.app("/login?sso=no_role"));
        assertThat(users.findForSignIn(person.email())).isEmpty();
    }

    @Test
    void anAdminClosesThePasswordFormAndOnlySingleSignOnRemains() throws Exception {
        var admin = person("Elena Ruiz", "cx-admins");
        var formUser = "form-" + UUID.randomUUID() + "@example.com";
        users.create(new NewUser(formUser, "Form user", "a long enough password", Role.MANAGER));
        var client = new SignInClient(port);
        client.signInWithProvider(admin.username(), PASSWORD);
        var visitor = new SignInClient(port);
        var tokenFromAnOpenForm = SignInClient.csrfOf(visitor.get(visitor.app("/login")).body());
        try {
            var page = client.get(client.app("/admin/sign-in"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Company account").contains("cx-admins");
            var noToken = client.post(client.app("/admin/sign-in"), Map.of());
            assertThat(noToken.statusCode()).as("CSRF protection stays on").isEqualTo(403);

            var closed = client.submit(client.app("/admin/sign-in"), client.app("/admin/sign-in"), Map.of());
            assertThat(closed.body()).contains("Sign-in with email and password is closed");
            assertThat(settings.formSignInEnabled()).isFalse();

            var login = visitor.get(visitor.app("/login"));
            assertThat(login.body()).contains("Sign in with Company account").doesNotContain("name=\"password\"");
            assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
            var refused = visitor.post(visitor.app("/login"), Map.of("username", formUser,
                    "password", "a long enough password", "_csrf", tokenFromAnOpenForm));
            assertThat(refused.uri().toString()).isEqualTo(visitor.app("/login?formClosed"));
            assertThat(visitor.get(visitor.app("/")).uri().getPath()).isEqualTo("/login");

            var reopened = client.submit(client.app("/admin/sign-in"), client.app("/admin/sign-in"), Map.of("formSignIn", "true"));
            assertThat(reopened.body()).contains("Sign-in with email and password is open");
            var signedIn = visitor.submit(visitor.app("/login"), visitor.app("/login"),
                    Map.of("username", formUser, "password", "a long enough password"));
            assertThat(signedIn.uri().getPath()).isEqualTo("/");
            assertThat(signedIn.body()).contains(formUser);
        } finally {
            settings.formSignIn(true, "tests");
        }
    }

    @Test
    void aPersonSignsInWithTheProviderInARealBrowser() throws Exception {
        var person = person("Fátima Ortega", "cx-admins");
        try (var browser = Browser.open(1280, 900)) {
            var driver = browser.driver();
            driver.get("http://127.0.0.1:" + port + "/login");
            browser.screenshot("sso-01-sign-in-page");
            driver.findElement(By.linkText("Sign in with Company account")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("username")).isEmpty()
                    && !d.getCurrentUrl().contains(":" + port + "/"));
            driver.findElement(By.id("username")).sendKeys(person.username());
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().equals("http://127.0.0.1:" + port + "/"));
            assertThat(driver.findElement(By.cssSelector(".cx-user")).getText()).isEqualTo(person.email());
            driver.get("http://127.0.0.1:" + port + "/admin/sign-in");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign-in");
            browser.screenshot("sso-02-admin-sign-in-settings");

            // The sign-out form's answer redirects to the provider: the Content-Security-Policy must let it through.
            OpenIdProvider.get().allowPostLogoutRedirect("http://127.0.0.1:" + port + "/login?logout");
            driver.findElement(By.cssSelector(".cx-user")).click();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector("form[action='/logout'] button")).isDisplayed());
            driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().equals("http://127.0.0.1:" + port + "/login?logout"));
            assertThat(driver.findElement(By.cssSelector(".alert-info")).getText())
                    .isEqualTo("You have signed out of CX Loop and of your identity provider.");
            browser.screenshot("sso-03-signed-out-at-the-provider-too");
        }
    }

    @Test
    void aPersonWhoseEmailTheProviderVerifiedSignsIn() throws Exception {
        var person = person(true, "Gema Vidal", "cx-managers");
        var client = new SignInClient(port);

        var landed = client.signInWithProvider(person.username(), PASSWORD);

        assertThat(landed.uri().toString()).isEqualTo(client.app("/"));
        assertThat(users.findForSignIn(person.email())).isPresent();
    }

    @Test
    void anEmailTheProviderCallsUnverifiedIsRefusedAndGetsNoAccount() throws Exception {
        var person = person(false, "Hugo Marín", "cx-admins");
        var client = new SignInClient(port);

        var landed = client.signInWithProvider(person.username(), PASSWORD);

        assertThat(landed.uri().toString()).isEqualTo(client.app("/login?sso=unverified_email"));
        assertThat(landed.body()).contains("does not confirm that your email address is verified");
        assertThat(users.findForSignIn(person.email())).isEmpty();
        assertThat(client.get(client.app("/")).uri().getPath()).isEqualTo("/login");
    }

    @Test
    void anIdTokenWithoutTheEmailVerifiedClaimIsRefusedToo() throws Exception {
        var person = person((Boolean) null, "Inés Prieto", "cx-admins");
        var existing = users.create(new NewUser(person.email(), "Inés", "a long enough password", Role.MANAGER));
        var client = new SignInClient(port);

        var landed = client.signInWithProvider(person.username(), PASSWORD);

        assertThat(landed.uri().toString()).isEqualTo(client.app("/login?sso=unverified_email"));
        assertThat(users.findForSignIn(person.email()).orElseThrow().role())
                .as("an unverified address does not reach the account it names").isEqualTo(existing.role());
        var spanish = client.get(client.app("/login?sso=unverified_email&lang=es"));
        assertThat(spanish.body()).contains("no confirma que tu direcci\u00f3n de correo est\u00e9 verificada");
    }

    @Test
    void signingOutOfASingleSignOnSessionEndsTheProviderSessionToo() throws Exception {
        var person = person("Jorge Luna", "cx-managers");
        var client = new SignInClient(port);
        OpenIdProvider.get().allowPostLogoutRedirect(client.app("/login?logout"));
        assertThat(client.signInWithProvider(person.username(), PASSWORD).uri().toString()).isEqualTo(client.app("/"));

        var signedOut = client.submit(client.app("/"), client.app("/logout"), Map.of());

        assertThat(signedOut.uri().toString()).as("through the provider's sign-out and back").isEqualTo(client.app("/login?logout"));
        assertThat(signedOut.body()).contains("You have signed out of CX Loop and of your identity provider.");
        assertThat(client.get(client.app("/")).uri().getPath()).isEqualTo("/login");
        var again = client.get(client.app("/oauth2/authorization/company"));
        assertThat(again.uri().getPort()).as("the provider asks for the password again: its session ended")
                .isEqualTo(URI.create(OpenIdProvider.get().issuer()).getPort());
        assertThat(again.uri().getPath()).isEqualTo("/login");
    }

    @Test
    void aFormUserSignsOutHereOnlyAsBefore() throws Exception {
        var email = "form-out-" + UUID.randomUUID() + "@example.com";
        users.create(new NewUser(email, "Form user", "a long enough password", Role.MANAGER));
        var client = new SignInClient(port);
        client.submit(client.app("/login"), client.app("/login"), Map.of("username", email, "password", "a long enough password"));

        var signedOut = client.submit(client.app("/"), client.app("/logout"), Map.of());

        assertThat(signedOut.uri().toString()).isEqualTo(client.app("/login?signedOut"));
        assertThat(client.get(client.app("/")).uri().getPath()).isEqualTo("/login");
    }

    @Test
    void theSignOutFormMayRedirectToTheProviderUnderTheContentSecurityPolicy() throws Exception {
        var client = new SignInClient(port);
        var issuer = URI.create(OpenIdProvider.get().issuer());

        var csp = client.get(client.app("/login")).headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(csp).contains("form-action 'self' http://127.0.0.1:" + issuer.getPort() + ";")
                .contains("script-src 'self';").contains("frame-ancestors 'none'");
    }

    private static Person person(String name, String... groups) {
        return person(true, name, groups);
    }

    private static Person person(Boolean emailVerified, String name, String... groups) {
        var id = UUID.randomUUID().toString().substring(0, 8);
        var person = new Person("user-" + id, "sso-" + id + "@example.com", name, List.of(groups), emailVerified);
        OpenIdProvider.get().add(person, PASSWORD);
        return person;
    }
}
