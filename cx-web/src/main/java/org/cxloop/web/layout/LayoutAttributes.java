package org.cxloop.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the layout the current path, so the navigation can mark where the person is. */
@ControllerAdvice(basePackages = "org.cxloop.web")
class LayoutAttributes {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
