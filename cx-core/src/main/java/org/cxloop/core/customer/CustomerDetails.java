package org.cxloop.core.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a person or an import says about a customer; the external id travels separately. */
public record CustomerDetails(
        @NotBlank(message = "{customer.name.required}") @Size(max = 200, message = "{customer.name.size}") String name,
        @Email(message = "{customer.email.format}") @Size(max = 320, message = "{customer.email.size}") String email,
        @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "{customer.locale.format}") String locale,
        @Size(max = 100, message = "{customer.segment.size}") String segment,
        @NotNull(message = "{customer.customerSince.required}") LocalDate customerSince,
        LocalDate churnedAt,
        boolean marketingConsent,
        boolean surveyOptOut) {

    public String localeOrDefault() {
        return locale == null || locale.isBlank() ? "en" : locale;
    }
}
