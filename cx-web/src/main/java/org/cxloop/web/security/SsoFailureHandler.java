package org.cxloop.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in page with the reason single sign-on failed, which the page puts in words. */
class SsoFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        var reason = "failed";
        if (exception instanceof OAuth2AuthenticationException oauth) {
            var code = oauth.getError().getErrorCode();
            if (code.startsWith("cx_")) {
                reason = code.substring(3);
            }
        }
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
    }
}
