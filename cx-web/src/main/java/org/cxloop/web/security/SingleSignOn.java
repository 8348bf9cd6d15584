package org.cxloop.web.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
    private final Set<String> origins;
    private final SignInSettings settings;
    private final SsoProperties properties;

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, SignInSettings settings,
            SsoProperties properties) {
        var found = new ArrayList<Provider>();
        var foundOrigins = new LinkedHashSet<String>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (var registration : all) {
                if (registration instanceof ClientRegistration r) {
                    found.add(new Provider(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
                    originOf(r.getProviderDetails().getIssuerUri()).ifPresent(foundOrigins::add);
                    var endSession = r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
                    originOf(endSession == null ? null : endSession.toString()).ifPresent(foundOrigins::add);
                }
            }
        }
        this.providers = List.copyOf(found);
        this.origins = Set.copyOf(foundOrigins);
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

    /**
     * The origins ({@code https://login.example.com}) of the providers' issuers and sign-out endpoints: signing out
     * posts a form whose answer redirects there, which the Content-Security-Policy's {@code form-action} must allow.
     */
    public Set<String> origins() {
        return origins;
    }

    public boolean enabled() {
        return !providers.isEmpty();
    }

    private static Optional<String> originOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        var uri = URI.create(url.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        var port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return Optional.of(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
    }

    /** Form sign-in is open unless an admin closed it, and always while no provider is configured. */
    public boolean formSignInOpen() {
        return !enabled() || settings.formSignInEnabled();
    }
}
