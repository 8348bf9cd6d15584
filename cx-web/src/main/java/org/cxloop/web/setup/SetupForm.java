package org.cxloop.web.setup;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The first admin, as typed on the setup page. */
record SetupForm(
        @NotBlank(message = "{user.displayName.required}") @Size(max = 100, message = "{user.displayName.size}") String displayName,
        @NotBlank(message = "{user.email.required}") @Email(message = "{user.email.format}") @Size(max = 320) String email,
        @NotBlank(message = "{user.password.required}") String password,
        String passwordConfirmation) {

    static SetupForm empty() {
        return new SetupForm("", "", "", "");
    }
}
