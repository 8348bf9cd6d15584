package org.cxloop.web.admin.signin;

import java.security.Principal;
import org.cxloop.core.user.SignInSettings;
import org.cxloop.web.security.SingleSignOn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/sign-in")
class SignInAdminController {

    private final SingleSignOn singleSignOn;
    private final SignInSettings settings;

    SignInAdminController(SingleSignOn singleSignOn, SignInSettings settings) {
        this.singleSignOn = singleSignOn;
        this.settings = settings;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("providers", singleSignOn.providers());
        model.addAttribute("mapping", singleSignOn.roleMapping());
        model.addAttribute("formSignInEnabled", settings.formSignInEnabled());
        model.addAttribute("formSignInOpen", singleSignOn.formSignInOpen());
        return "admin/signin/settings";
    }

    /** Closing the password form needs a working provider first, so an admin cannot lock everyone out. */
    @PostMapping
    String change(@RequestParam(defaultValue = "false") boolean formSignIn, Principal principal,
            RedirectAttributes redirect) {
        if (!formSignIn && !singleSignOn.enabled()) {
            redirect.addFlashAttribute("error", "signIn.formNeedsSso");
            return "redirect:/admin/sign-in";
        }
        settings.formSignIn(formSignIn, principal.getName());
        redirect.addFlashAttribute("success", formSignIn ? "signIn.formOpened" : "signIn.formClosed");
        return "redirect:/admin/sign-in";
    }
}
