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

/** Single sign-on where only people an admin added may enter (cx.sso.create-users=false, the default). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class SingleSignOnWithoutAccountCreationIntegrationTests {

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
    void somebodyWithoutAnAccountIsRefusedAndNoAccountAppears() throws Exception {
        var person = person("cx-admins");
        var client = new SignInClient(port);

        var landed = client.signInWithProvider(person.username(), PASSWORD);

        assertThat(landed.uri().toString()).isEqualTo(client.app("/login?sso=unknown"));
        assertThat(landed.body()).contains("There is no CX Loop account for you yet.");
        assertThat(users.findForSignIn(person.email())).isEmpty();
    }

    @Test
    void somebodyAnAdminAddedSignsInWithTheRoleTheirGroupsGive() throws Exception {
        var person = person("cx-managers");
        users.create(new NewUser(person.email().toUpperCase(), "Added by an admin", "a long enough password", Role.ADMIN));
        users.create(new NewUser("keeper-" + UUID.randomUUID() + "@example.com", "Keeper", "a long enough password", Role.ADMIN));
        var client = new SignInClient(port);

        var landed = client.signInWithProvider(person.username(), PASSWORD);

        assertThat(landed.uri().toString()).isEqualTo(client.app("/"));
        assertThat(users.findForSignIn(person.email()).orElseThrow().role()).isEqualTo(Role.MANAGER);
    }

    private static Person person(String... groups) {
        var id = UUID.randomUUID().toString().substring(0, 8);
        var person = new Person("known-" + id, "known-" + id + "@example.com", "Known " + id, List.of(groups));
        OpenIdProvider.get().add(person, PASSWORD);
        return person;
    }
}
