package org.cxloop.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Gives the layout the current path, so the navigation can mark where the person is, and the language links. */
@ControllerAdvice(basePackages = "org.cxloop.web")
class LayoutAttributes {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** This page in English and in Spanish, keeping its query (a dashboard's filters) so switching loses nothing. */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of("en", inLanguage(request, "en"), "es", inLanguage(request, "es"));
    }

    private static String inLanguage(HttpServletRequest request, String language) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", language).build().toUriString();
    }
}
