package org.cxloop.web.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.testsupport.OpenIdProvider;
import org.cxloop.testsupport.OpenIdProvider.Person;
import org.cxloop.testsupport.PostgresTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on with {@code cx.sso.require-verified-email=false}, for providers such as Microsoft Entra ID that never
 * send {@code email_verified}: the claim is then not asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"cx.sso.create-users=true", "cx.sso.require-verified-email=false"})
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class SingleSignOnWithoutVerifiedEmailIntegrationTests {

    static final String PASSWORD = "provider password";

    @LocalServerPort int port;
    @Autowired Users users;

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
    void anIdTokenWithoutTheEmailVerifiedClaimIsAdmitted() throws Exception {
        var person = person(null);
        var client = new SignInClient(port);

        var landed = client.signInWithProvider(person.username(), PASSWORD);

        assertThat(landed.uri().toString()).isEqualTo(client.app("/"));
        assertThat(users.findForSignIn(person.email()).orElseThrow().role()).isEqualTo(Role.MANAGER);
    }

    @Test
    void anEmailCalledUnverifiedIsAdmittedToo() throws Exception {
        var person = person(false);
        var client = new SignInClient(port);

        var landed = client.signInWithProvider(person.username(), PASSWORD);

        assertThat(landed.uri().toString()).isEqualTo(client.app("/"));
        assertThat(users.findForSignIn(person.email())).isPresent();
    }

    private static Person person(Boolean emailVerified) {
        var id = UUID.randomUUID().toString().substring(0, 8);
        var person = new Person("entra-" + id, "entra-" + id + "@example.com", "Entra " + id, List.of("cx-managers"),
                emailVerified);
        OpenIdProvider.get().add(person, PASSWORD);
        return person;
    }
}
