package org.cxloop.web.security;

import org.cxloop.core.user.Users;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; before anyone exists, it sends the visitor to the first-run setup instead. */
@Controller
class LoginController {

    private final Users users;

    LoginController(Users users) {
        this.users = users;
    }

    @GetMapping("/login")
    String login() {
        return users.none() ? "redirect:/setup" : "security/login";
    }
}
