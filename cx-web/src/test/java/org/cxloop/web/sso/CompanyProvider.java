package org.cxloop.web.sso;

import org.cxloop.testsupport.OpenIdProvider;
import org.springframework.test.context.DynamicPropertyRegistry;

/** CX Loop's single sign-on settings pointing at the test OpenID provider, as an installation would write them. */
final class CompanyProvider {

    private CompanyProvider() {
    }

    static void register(DynamicPropertyRegistry registry) {
        var prefix = "spring.security.oauth2.client.registration.company.";
        registry.add("spring.security.oauth2.client.provider.company.issuer-uri", () -> OpenIdProvider.get().issuer());
        registry.add(prefix + "client-id", () -> OpenIdProvider.CLIENT_ID);
        registry.add(prefix + "client-secret", () -> OpenIdProvider.CLIENT_SECRET);
        registry.add(prefix + "client-name", () -> "Company account");
        registry.add(prefix + "scope", () -> "openid,profile,email");
        registry.add("cx.sso.admin-groups", () -> "cx-admins");
        registry.add("cx.sso.manager-groups", () -> "CX-Managers");
    }
}
