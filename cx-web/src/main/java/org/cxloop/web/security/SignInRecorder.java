package org.cxloop.web.security;

import org.cxloop.core.user.Users;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Notes each person's last sign-in, which admins see on the users screen. */
@Component
class SignInRecorder {

    private final Users users;

    SignInRecorder(Users users) {
        this.users = users;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof UserDetails user) {
            users.recordSignIn(user.getUsername());
        }
    }
}
