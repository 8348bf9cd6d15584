package org.cxloop.core.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person an admin (or the first-run setup) adds. */
public record NewUser(
        @NotBlank(message = "{user.email.required}") @Email(message = "{user.email.format}")
        @Size(max = 320, message = "{user.email.size}") String email,
        @NotBlank(message = "{user.displayName.required}") @Size(max = 100, message = "{user.displayName.size}")
        String displayName,
        @NotNull(message = "{user.password.required}") String password,
        @NotNull(message = "{user.role.required}") Role role) {
}
