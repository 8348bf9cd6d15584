package org.cxloop.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.TreeMap;
import org.cxloop.core.audit.AuditLog;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Writes an audit entry for each successful change (any method but GET) to the admin and survey screens and the API:
 * the signed-in person or API key, the handler that acted ("UserAdminController.changeRole"), the path, and the
 * request parameters except secrets. Answers and imports of rows are business data, not admin actions, so the
 * response-ingestion endpoint and the public survey pages are not logged. A change that did not happen is not
 * logged either: a 4xx or 5xx answer, a form shown again with field errors (a 200 page whose model holds a
 * BindingResult with errors), or a redirect carrying an error message (the screens' flash "error").
 */
class AuditInterceptor implements HandlerInterceptor {

    private static final Set<String> SECRET_PARAMETERS = Set.of("password", "passwordConfirmation", "_csrf", "secret");
    private static final String REFUSED = AuditInterceptor.class.getName() + ".refused";

    private final AuditLog auditLog;

    AuditInterceptor(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if (modelAndView != null && modelAndView.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult result && result.hasErrors())) {
            request.setAttribute(REFUSED, Boolean.TRUE);
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || ex != null
                || response.getStatus() >= 400 || !(handler instanceof HandlerMethod method)
                || request.getAttribute(REFUSED) != null || carriesError(RequestContextUtils.getOutputFlashMap(request))) {
            return;
        }
        var path = request.getRequestURI();
        if (!(path.startsWith("/admin/") || path.startsWith("/surveys") || path.startsWith("/api/"))
                || path.startsWith("/api/v1/responses")) {
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var actor = authentication == null ? "anonymous" : String.valueOf(authentication.getPrincipal() instanceof
                org.springframework.security.core.userdetails.UserDetails user ? user.getUsername()
                : authentication.getPrincipal() instanceof org.springframework.security.core.AuthenticatedPrincipal signedIn
                ? signedIn.getName() : authentication.getPrincipal());
        var action = method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
        var parameters = new TreeMap<String, String>();
        request.getParameterMap().forEach((name, values) -> {
            if (!SECRET_PARAMETERS.contains(name)) {
                parameters.put(name, String.join(",", values));
            }
        });
        auditLog.record(actor, action, request.getMethod() + " " + path, parameters.isEmpty() ? null : parameters.toString());
    }

    private static boolean carriesError(java.util.Map<String, ?> flash) {
        return flash != null && flash.containsKey("error");
    }
}
