package org.cxloop.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Counts a failed sign-in for the brute-force throttle, then shows the sign-in page with its error. */
class CountingFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final SignInThrottle throttle;

    CountingFailureHandler(SignInThrottle throttle) {
        super("/login?error");
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        throttle.failed(request.getParameter("username"), request.getRemoteAddr());
        super.onAuthenticationFailure(request, response, exception);
    }
}
