package org.cxloop.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.cxloop.core.apikey.ApiKeyView;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.cxloop.core.apikey.ApiKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry "Authorization: Bearer &lt;key&gt;" with an active key. */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String API_ROLE = "API";
    private static final String BEARER = "Bearer ";

    private final ApiKeys apiKeys;
    private final ProblemResponses problems;

    ApiKeyAuthenticationFilter(ApiKeys apiKeys, ProblemResponses problems) {
        this.apiKeys = apiKeys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Send the API key as 'Authorization: Bearer <key>'.");
            return;
        }
        Optional<ApiKeyView> key;
        try {
            key = apiKeys.authenticate(header.substring(BEARER.length()).strip());
        } catch (DataAccessException | CannotCreateTransactionException databaseAway) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Temporarily unavailable",
                    "CX Loop cannot reach its database right now. Nothing was stored; send the request again in a few seconds.");
            return;
        }
        if (key.isEmpty()) {
            problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "The API key is unknown or has been revoked.");
            return;
        }
        var principal = new ApiClient(key.get().id(), key.get().name());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + API_ROLE)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
