package org.cxloop.web.layout;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes the links to static resources (WebJars, css, js, images) in their versioned form, as Spring Boot's
 * {@link ResourceUrlEncodingFilter} does, which it replaces; each link is resolved once and then remembered.
 * Boot's filter sent every link of every page through the resource chain, a page's own links too: a survey page's
 * {@code /s/{token}} links are unique per customer, so nothing was ever cached, and the class-path lookups behind
 * them took a sixth of the CPU of answering a survey.
 */
@Component
class StaticResourceLinks extends ResourceUrlEncodingFilter {

    private static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/images/");
    private static final int MOST_REMEMBERED = 500;

    private final ObjectProvider<ResourceUrlProvider> resources;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    StaticResourceLinks(ObjectProvider<ResourceUrlProvider> resources) {
        this.resources = resources;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
            chain.doFilter(request, new Links(http, httpResponse));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The versioned link for a static resource, the link itself for anything else. */
    String link(HttpServletRequest request, String url) {
        var path = url.startsWith(request.getContextPath()) ? url.substring(request.getContextPath().length()) : url;
        if (STATIC.stream().noneMatch(path::startsWith)) {
            return url;
        }
        var known = resolved.get(url);
        if (known != null) {
            return known;
        }
        var provider = resources.getIfAvailable();
        var found = provider == null ? null : provider.getForRequestUrl(request, url);
        var link = found == null ? url : found;
        if (resolved.size() < MOST_REMEMBERED) {
            resolved.put(url, link);
        }
        return link;
    }

    private final class Links extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Links(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(link(request, url));
        }
    }
}
