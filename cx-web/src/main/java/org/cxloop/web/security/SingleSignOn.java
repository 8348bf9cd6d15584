package org.cxloop.web.security;

import java.util.ArrayList;
import java.util.List;
import org.cxloop.core.user.SignInSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Which OpenID Connect providers people may sign in with (none unless
 * {@code spring.security.oauth2.client.registration.*} names one) and whether the email-and-password form is open.
 */
@Component
public class SingleSignOn {

    /** One provider as the sign-in page offers it. */
    public record Provider(String name, String signInPath) {
    }

    private final List<Provider> providers;
    private final SignInSettings settings;
    private final SsoProperties properties;

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, SignInSettings settings,
            SsoProperties properties) {
        var found = new ArrayList<Provider>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (var registration : all) {
                if (registration instanceof ClientRegistration r) {
                    found.add(new Provider(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
                }
            }
        }
        this.providers = List.copyOf(found);
        this.settings = settings;
        this.properties = properties;
    }

    /** How provider groups become roles, as the admin screen shows it. */
    public record RoleMapping(String claim, List<String> adminGroups, List<String> managerGroups, String defaultRole,
            boolean createsUsers) {
    }

    public RoleMapping roleMapping() {
        return new RoleMapping(properties.roleClaim(), properties.adminGroups(), properties.managerGroups(),
                properties.defaultRole() == null ? null : properties.defaultRole().name(), properties.createUsers());
    }

    public List<Provider> providers() {
        return providers;
    }

    public boolean enabled() {
        return !providers.isEmpty();
    }

    /** Form sign-in is open unless an admin closed it, and always while no provider is configured. */
    public boolean formSignInOpen() {
        return !enabled() || settings.formSignInEnabled();
    }
}
