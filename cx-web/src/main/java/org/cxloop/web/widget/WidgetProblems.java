package org.cxloop.web.widget;

import org.cxloop.core.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The widget endpoints' failures as RFC 9457 problem details, naming the field where there is one. */
@RestControllerAdvice(basePackages = "org.cxloop.web.widget")
@Order(Ordered.HIGHEST_PRECEDENCE)
class WidgetProblems {

    @ExceptionHandler(WidgetKeyRefused.class)
    ProblemDetail refused(WidgetKeyRefused e) {
        return problem(HttpStatus.FORBIDDEN, "Key refused", e.getMessage(), null);
    }

    @ExceptionHandler(CustomerNotToBeAsked.class)
    ProblemDetail notToBeAsked(CustomerNotToBeAsked e) {
        return problem(HttpStatus.CONFLICT, "Not to be asked", e.getMessage(), "customer");
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), e.field());
    }

    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ProblemDetail invalid(jakarta.validation.ConstraintViolationException e) {
        var violation = e.getConstraintViolations().iterator().next();
        var path = violation.getPropertyPath().toString();
        var field = path.substring(path.lastIndexOf('.') + 1);
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "The field '" + field + "' is missing or invalid.", field);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable() {
        return problem(HttpStatus.BAD_REQUEST, "Unreadable body", "The body must be a JSON object with customer, touchpoint, "
                + "surveyType, score, comment and answerId.", null);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String field) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
