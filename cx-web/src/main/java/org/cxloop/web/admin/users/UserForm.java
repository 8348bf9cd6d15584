package org.cxloop.web.admin.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cxloop.core.user.Role;

/** A new user as an admin types it. */
record UserForm(
        @NotBlank(message = "{user.displayName.required}") @Size(max = 100, message = "{user.displayName.size}") String displayName,
        @NotBlank(message = "{user.email.required}") @Email(message = "{user.email.format}") @Size(max = 320) String email,
        @NotBlank(message = "{user.password.required}") String password,
        @NotNull(message = "{user.role.required}") Role role) {

    static UserForm empty() {
        return new UserForm("", "", "", Role.MANAGER);
    }
}
