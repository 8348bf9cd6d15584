package org.cxloop.web.security;

import java.util.Set;
import org.cxloop.core.user.Users;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: the email-and-password form unless an admin closed it, and a button per OpenID provider. Before
 * anyone exists, it sends the visitor to the first-run setup instead.
 */
@Controller
class LoginController {

    private static final Set<String> SSO_REASONS = Set.of("no_email", "unknown", "disabled", "no_role", "unverified_email");

    private final Users users;
    private final SingleSignOn singleSignOn;

    LoginController(Users users, SingleSignOn singleSignOn) {
        this.users = users;
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String sso, Model model) {
        if (users.none()) {
            return "redirect:/setup";
        }
        model.addAttribute("ssoProviders", singleSignOn.providers());
        model.addAttribute("formSignIn", singleSignOn.formSignInOpen());
        if (sso != null) {
            model.addAttribute("ssoError", "login.sso." + (SSO_REASONS.contains(sso) ? sso : "failed"));
        }
        return "security/login";
    }
}
