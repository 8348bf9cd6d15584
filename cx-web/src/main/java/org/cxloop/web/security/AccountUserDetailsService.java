package org.cxloop.web.security;

import org.cxloop.core.user.Users;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up the people who sign in with a form, by email. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Users users;

    AccountUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var account = users.findForSignIn(email)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.email())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .build();
    }
}
