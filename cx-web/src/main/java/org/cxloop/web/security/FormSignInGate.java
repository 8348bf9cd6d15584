package org.cxloop.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns email-and-password sign-in away, before any password is checked, while an admin has closed it. */
class FormSignInGate extends OncePerRequestFilter {

    private final SingleSignOn singleSignOn;

    FormSignInGate(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!singleSignOn.formSignInOpen()) {
            response.sendRedirect(request.getContextPath() + "/login?formClosed");
            return;
        }
        chain.doFilter(request, response);
    }
}
