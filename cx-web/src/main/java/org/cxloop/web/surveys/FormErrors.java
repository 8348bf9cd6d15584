package org.cxloop.web.surveys;

import jakarta.validation.ConstraintViolationException;
import org.springframework.validation.BindingResult;

/** Puts the bean-validation messages of a service call next to the form fields they name. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult result, ConstraintViolationException e) {
        for (var violation : e.getConstraintViolations()) {
            var path = violation.getPropertyPath().toString();
            var field = path.substring(path.lastIndexOf('.') + 1);
            if (result.getFieldErrorCount(field) == 0) {
                result.rejectValue(field, "", violation.getMessage());
            }
        }
    }
}
